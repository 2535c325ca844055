"""Drives MedTwin's Jupyter kernel with Jupyter's own client (jupyter_client), for the tests beside this file.

    python3 kernel_client.py session KERNEL_NAME      a whole session: prints one JSON object of what was observed
    python3 kernel_client.py wrong-key CONNECTION_FILE MARKER
                                                      an execute_request signed with the wrong key, then a right one
    python3 kernel_client.py replay CONNECTION_FILE MARKER
                                                      the same signed execute_request frames sent three times
    python3 kernel_client.py orphan KERNEL_NAME PID_FILE KERNEL_LOG
                                                      starts a kernel (its stderr to KERNEL_LOG), runs a long cell,
                                                      writes the kernel's pid to PID_FILE and waits to be killed

The kernelspec must be installed where JUPYTER_PATH points; the tests set it to a scratch folder.
"""
import json
import os
import sys
import time

import jupyter_client
from jupyter_client import BlockingKernelClient, KernelManager
from jupyter_client.session import Session

TIMEOUT = 120


def run(client, code, **options):
    """Executes code and returns the reply content and the iopub messages of the request, as [type, content] pairs."""
    messages = []
    stdin_hook = options.pop("stdin_hook", None)
    extra = {"stdin_hook": stdin_hook} if stdin_hook else {}
    reply = client.execute_interactive(code, output_hook=lambda m: messages.append([m["msg_type"], m["content"]]),
                                       timeout=TIMEOUT, **options, **extra)
    return {"reply": reply["content"], "reply_metadata": reply["metadata"], "iopub": messages}


def session(kernel_name):
    observed = {"jupyter_client": jupyter_client.__version__}
    manager = KernelManager(kernel_name=kernel_name)
    manager.start_kernel()
    client = manager.blocking_client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    observed["first_pid"] = manager.provisioner.process.pid
    observed["kernel_info"] = client.kernel_info(reply=True, timeout=TIMEOUT)["content"]

    observed["value"] = run(client, "var x = 40 + 2; x")
    observed["outputs"] = run(client, 'Console.Write("a"); Console.WriteLine("b"); display(new[] { 1, 2 }); Console.Error.WriteLine("warn");')
    observed["silent"] = run(client, "x + 1", silent=True)
    observed["not_stored"] = run(client, "x + 2", store_history=False)
    observed["error"] = run(client, 'throw new InvalidOperationException("boom");')
    observed["seed"] = run(client, "Study.Current.Seed")
    observed["input"] = run(client, 'Console.Write("name? "); var name = Console.ReadLine(); name',
                            allow_stdin=True, stdin_hook=lambda m: client.input("Ada"))
    observed["input_not_allowed"] = run(client, "Console.ReadLine()", allow_stdin=False)

    # Two requests queued at once: the second is aborted when the first fails (stop_on_error), run when it need not stop.
    for name, stop in (("stop_on_error", True), ("continue_on_error", False)):
        # The failing cell sleeps first, so the second request is surely queued behind it when it fails.
        first = client.execute('System.Threading.Thread.Sleep(300); throw new Exception("first");', stop_on_error=stop)
        second = client.execute("var ranAfter = 1; ranAfter")
        replies = {}
        while len(replies) < 2:
            reply = client.get_shell_msg(timeout=TIMEOUT)
            replies[reply["parent_header"]["msg_id"]] = reply["content"]["status"]
        observed[name] = [replies[first], replies[second]]

    observed["complete_member"] = client.complete("x.ToStr", 7, reply=True, timeout=TIMEOUT)["content"]
    observed["complete_name"] = client.complete("var y = Stud", 12, reply=True, timeout=TIMEOUT)["content"]
    observed["inspect"] = client.inspect("Study.Current", 8, reply=True, timeout=TIMEOUT)["content"]
    observed["inspect_nothing"] = client.inspect("   ", 1, reply=True, timeout=TIMEOUT)["content"]
    observed["is_complete"] = {}
    for code in ("var z = 1;", "if (x > 1) {", "var = ;"):
        client.is_complete(code)
        observed["is_complete"][code] = client.get_shell_msg(timeout=TIMEOUT)["content"]
    observed["history"] = client.history(hist_access_type="tail", n=3, reply=True, timeout=TIMEOUT)["content"]
    observed["history_search"] = client.history(hist_access_type="search", pattern="*throw*", unique=True,
                                                reply=True, timeout=TIMEOUT)["content"]
    client.comm_info()
    observed["comm_info"] = client.get_shell_msg(timeout=TIMEOUT)["content"]

    # Interrupt a long cell: its reply comes at once, and the session goes on with its state.
    long_cell = client.execute("System.Threading.Thread.Sleep(120_000);")
    while client.get_iopub_msg(timeout=TIMEOUT)["msg_type"] != "execute_input":
        pass
    time.sleep(0.5)
    started = time.monotonic()
    manager.interrupt_kernel()
    reply = client.get_shell_msg(timeout=TIMEOUT)
    observed["interrupt"] = {"seconds": time.monotonic() - started, "reply": reply["content"],
                             "answers_long_cell": reply["parent_header"]["msg_id"] == long_cell}
    observed["after_interrupt"] = run(client, "x")
    observed["chart"] = run(client, 'MedTwin.Charts.Figures.Lines("PK", "h", "mg/L", [new MedTwin.Charts.CurveSeries("dose", [0, 1, 2], [0, 4.5, 3.1])])')

    manager.restart_kernel(now=False)
    client.wait_for_ready(timeout=TIMEOUT)
    observed["restarted_pid"] = manager.provisioner.process.pid
    observed["after_restart"] = run(client, "1 + 1")
    observed["state_after_restart"] = run(client, "x")

    process = manager.provisioner.process
    started = time.monotonic()
    manager.shutdown_kernel(now=False)
    observed["shutdown"] = {"seconds": time.monotonic() - started, "exit_code": process.poll(), "alive": manager.is_alive()}
    client.stop_channels()
    print(json.dumps(observed))


def wrong_key(connection_file, marker):
    observed = {}
    client = BlockingKernelClient(connection_file=connection_file)
    client.load_connection_file()
    right_session = client.session
    client.session = Session(key=b"not-the-key-in-the-connection-file", username="intruder")
    client.start_channels()
    code = f'System.IO.File.WriteAllText(@"{marker}", "ran");'
    client.execute(code)
    try:
        reply = client.get_shell_msg(timeout=5)
        observed["wrong_key_reply"] = reply["content"]
    except Exception:  # queue.Empty: no reply, as it must be
        observed["wrong_key_reply"] = None
    client.stop_channels()

    client = BlockingKernelClient(connection_file=connection_file)
    client.load_connection_file()
    client.session = right_session
    client.start_channels()
    observed["right_key_reply"] = client.kernel_info(reply=True, timeout=TIMEOUT)["content"]["status"]
    client.shutdown()
    client.stop_channels()
    print(json.dumps(observed))


def replay(connection_file, marker):
    client = BlockingKernelClient(connection_file=connection_file)
    client.load_connection_file()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    request = client.session.msg("execute_request", {
        "code": f'System.IO.File.AppendAllText(@"{marker}", "ran\\n");', "silent": False, "store_history": True,
        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = client.session.serialize(request)
    for _ in range(3):
        client.shell_channel.socket.send_multipart(frames)
    replies = [client.get_shell_msg(timeout=TIMEOUT)["content"]["status"]]
    try:
        while True:
            replies.append(client.get_shell_msg(timeout=5)["content"]["status"])
    except Exception:  # queue.Empty: no more replies
        pass
    observed = {"replies": replies, "after": client.kernel_info(reply=True, timeout=TIMEOUT)["content"]["status"]}
    client.shutdown()
    client.stop_channels()
    print(json.dumps(observed))


def orphan(kernel_name, pid_file, kernel_log):
    manager = KernelManager(kernel_name=kernel_name)
    manager.start_kernel(stderr=open(kernel_log, "w"))
    client = manager.blocking_client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)
    client.execute("System.Threading.Thread.Sleep(300_000);")
    while client.get_iopub_msg(timeout=TIMEOUT)["msg_type"] != "execute_input":
        pass
    with open(pid_file + ".part", "w") as file:
        file.write(str(manager.provisioner.process.pid))
    os.replace(pid_file + ".part", pid_file)
    time.sleep(300)


if __name__ == "__main__":
    commands = {"session": session, "wrong-key": wrong_key, "replay": replay, "orphan": orphan}
    commands[sys.argv[1]](*sys.argv[2:])
