using System.Text.Json.Nodes;
using MedTwin.Notebooks.Jupyter;

namespace MedTwin.Cli.Tests.Jupyter;

public sealed class JupyterClientTests(JupyterClientSession session) : IClassFixture<JupyterClientSession>
{
    private JsonObject Observed => session.Observed;

    [Fact]
    public void Kernel_info_names_protocol_5_3_and_the_csharp_language()
    {
        var info = Observed["kernel_info"]!;

        Assert.Equal("ok", (string?)info["status"]);
        Assert.Equal("5.3", (string?)info["protocol_version"]);
        Assert.Equal("medtwin", (string?)info["implementation"]);
        Assert.Equal("C#", (string?)info["language_info"]!["name"]);
        Assert.Equal(".cs", (string?)info["language_info"]!["file_extension"]);
    }

    [Fact]
    public void Notebooks_are_written_with_the_language_info_the_kernel_replies()
    {
        var notebook = TestNotebooks.Create("1");
        KernelMetadata.Apply(notebook);

        Assert.True(JsonNode.DeepEquals(Observed["kernel_info"]!["language_info"], notebook.GetMetadata("language_info")), Observed["kernel_info"]!.ToJsonString());
    }

    [Fact]
    public void An_executed_cell_is_framed_by_busy_and_idle_and_publishes_its_input_and_result()
    {
        var value = Observed["value"]!;

        Assert.Equal(["status", "execute_input", "execute_result", "status"], Types(value));
        Assert.Equal(["busy", "idle"], Iopub(value).Where(m => (string?)m![0] == "status").Select(m => (string?)m![1]!["execution_state"]));
        Assert.Equal("42", (string?)Content(value, "execute_result")["data"]!["text/plain"]);
        Assert.Equal(1, (int)Content(value, "execute_result")["execution_count"]!);
        Assert.Equal("ok", (string?)value["reply"]!["status"]);
        Assert.Equal(1, (int)value["reply"]!["execution_count"]!);
    }

    [Fact]
    public void Console_writes_and_display_become_stream_and_display_data_messages_in_order()
    {
        var outputs = Observed["outputs"]!;

        Assert.Equal(["status", "execute_input", "stream", "display_data", "stream", "status"], Types(outputs));
        var streams = Iopub(outputs).Where(m => (string?)m![0] == "stream").Select(m => ((string?)m![1]!["name"], (string?)m[1]!["text"])).ToList();
        Assert.Equal([("stdout", "ab\n"), ("stderr", "warn\n")], streams);
        Assert.Equal("[1, 2]", (string?)Content(outputs, "display_data")["data"]!["text/plain"]);
    }

    [Fact]
    public void A_chart_is_one_display_data_with_its_figure_as_json_its_svg_and_its_summary_as_strings()
    {
        var chart = Observed["chart"]!;

        Assert.Equal(["status", "execute_input", "display_data", "status"], Types(chart));
        var data = Content(chart, "display_data")["data"]!.AsObject();
        Assert.Equal(["application/vnd.plotly.v1+json", "image/svg+xml", "text/plain"], data.Select(p => p.Key));
        Assert.Equal("dose", (string?)data["application/vnd.plotly.v1+json"]!["data"]![0]!["name"]);
        Assert.Contains("<svg", (string?)data["image/svg+xml"], StringComparison.Ordinal);
        Assert.Equal("Plotly chart: 1 trace (scatter)", (string?)data["text/plain"]);
    }

    [Fact]
    public void A_silent_execution_publishes_no_input_or_result_and_keeps_the_execution_count()
    {
        var silent = Observed["silent"]!;

        Assert.Equal(["status", "status"], Types(silent));
        Assert.Equal(2, (int)silent["reply"]!["execution_count"]!);
    }

    [Fact]
    public void An_execution_not_stored_in_history_keeps_the_execution_count_and_stays_out_of_the_history()
    {
        var notStored = Observed["not_stored"]!;

        Assert.Equal(2, (int)notStored["reply"]!["execution_count"]!);
        Assert.Equal("44", (string?)Content(notStored, "execute_result")["data"]!["text/plain"]);
        Assert.DoesNotContain(Observed["history"]!["history"]!.AsArray(), entry => (string?)entry![2] == "x + 2");
    }

    [Fact]
    public void A_cell_that_throws_publishes_an_error_and_replies_with_its_name_message_and_cell_traceback()
    {
        var error = Observed["error"]!;
        var reply = error["reply"]!;

        Assert.Equal("error", (string?)reply["status"]);
        Assert.Equal("System.InvalidOperationException", (string?)reply["ename"]);
        Assert.Equal("boom", (string?)reply["evalue"]);
        Assert.Contains("   at <cell> in cell-3, line 1", reply["traceback"]!.AsArray().Select(l => (string?)l));
        Assert.Equal("boom", (string?)Content(error, "error")["evalue"]);
    }

    [Fact]
    public void A_kernel_not_told_the_notebook_runs_with_the_default_seed_and_says_so_first_in_the_first_cell_that_draws_on_it()
    {
        var seed = Observed["seed"]!;

        Assert.Equal(["status", "execute_input", "stream", "execute_result", "status"], Types(seed));
        Assert.Equal("stderr", (string?)Content(seed, "stream")["name"]);
        Assert.StartsWith(
            "MedTwin: this study has not stated its seed and clock start, so it uses seed 0 and clock start 2000-01-01T00:00:00Z;",
            (string?)Content(seed, "stream")["text"],
            StringComparison.Ordinal);
        Assert.Equal("0", (string?)Content(seed, "execute_result")["data"]!["text/plain"]);
    }

    [Fact]
    public void Every_execute_reply_carries_the_run_manifest_in_its_metadata()
    {
        var manifest = Observed["seed"]!["reply_metadata"]!["medtwin"]!["manifest"]!;

        Assert.Equal(0, (int)manifest["seed"]!);
        Assert.Equal("2000-01-01T00:00:00.0000000+00:00", (string?)manifest["clockStart"]);
        Assert.False(string.IsNullOrEmpty((string?)manifest["medtwinVersion"]));
    }

    [Fact]
    public void Console_ReadLine_asks_the_front_end_through_the_stdin_channel()
    {
        var input = Observed["input"]!;

        Assert.Equal("name? ", (string?)Content(input, "stream")["text"]);
        Assert.Equal("Ada", (string?)Content(input, "execute_result")["data"]!["text/plain"]);
    }

    [Fact]
    public void Console_ReadLine_fails_with_a_clear_error_when_the_front_end_does_not_allow_input()
    {
        var reply = Observed["input_not_allowed"]!["reply"]!;

        Assert.Equal("error", (string?)reply["status"]);
        Assert.Contains("allow_stdin is false", (string?)reply["evalue"], StringComparison.Ordinal);
    }

    [Fact]
    public void With_stop_on_error_a_failed_cell_aborts_the_request_queued_behind_it_and_without_it_does_not()
    {
        Assert.Equal(["error", "aborted"], Observed["stop_on_error"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["error", "ok"], Observed["continue_on_error"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public void Completion_after_a_dot_offers_the_members_of_the_value_before_it()
    {
        var complete = Observed["complete_member"]!;

        Assert.Contains("ToString", complete["matches"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(2, (int)complete["cursor_start"]!);
        Assert.Equal(7, (int)complete["cursor_end"]!);
    }

    [Fact]
    public void Completion_of_a_name_offers_the_types_in_scope_that_start_with_it()
    {
        var complete = Observed["complete_name"]!;

        Assert.Equal(["Study", "StudyFile", "StudyOptions"], complete["matches"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(8, (int)complete["cursor_start"]!);
    }

    [Fact]
    public void Inspection_shows_the_signature_and_documentation_of_the_symbol_at_the_cursor()
    {
        var inspect = Observed["inspect"]!;

        Assert.True((bool)inspect["found"]!);
        Assert.Equal(
            "MedTwin.Reproducibility.Study.Current : MedTwin.Reproducibility.Study\n\nThe study running in this flow of execution.",
            (string?)inspect["data"]!["text/plain"]);
        Assert.False((bool)Observed["inspect_nothing"]!["found"]!);
    }

    [Fact]
    public void Is_complete_tells_complete_incomplete_with_an_indent_and_invalid_code_apart()
    {
        var answers = Observed["is_complete"]!;

        Assert.Equal("complete", (string?)answers["var z = 1;"]!["status"]);
        Assert.Equal("incomplete", (string?)answers["if (x > 1) {"]!["status"]);
        Assert.Equal("    ", (string?)answers["if (x > 1) {"]!["indent"]);
        Assert.Equal("invalid", (string?)answers["var = ;"]!["status"]);
    }

    [Fact]
    public void History_returns_the_last_stored_inputs_with_their_execution_counts()
    {
        var history = Observed["history"]!["history"]!.AsArray().Select(e => ((int)e![1]!, (string?)e[2])).ToList();

        const string Failing = "System.Threading.Thread.Sleep(300); throw new Exception(\"first\");";
        Assert.Equal([(7, Failing), (8, Failing), (9, "var ranAfter = 1; ranAfter")], history);
    }

    [Fact]
    public void A_unique_history_search_with_a_glob_returns_the_last_of_the_matching_inputs()
    {
        var found = Observed["history_search"]!["history"]!.AsArray().Select(e => ((int)e![1]!, (string?)e[2])).ToList();

        Assert.Equal([(3, "throw new InvalidOperationException(\"boom\");"), (8, "System.Threading.Thread.Sleep(300); throw new Exception(\"first\");")], found);
    }

    [Fact]
    public void Comm_info_lists_no_comms()
    {
        Assert.Equal("ok", (string?)Observed["comm_info"]!["status"]);
        Assert.Empty(Observed["comm_info"]!["comms"]!.AsObject());
    }

    [Fact]
    public void An_interrupt_ends_a_long_cell_at_once_and_the_session_keeps_its_state()
    {
        var interrupt = Observed["interrupt"]!;

        Assert.True((bool)interrupt["answers_long_cell"]!);
        Assert.Equal("CellCancelledError", (string?)interrupt["reply"]!["ename"]);
        Assert.True((double)interrupt["seconds"]! < 10, $"the interrupted cell replied after {interrupt["seconds"]} s");
        Assert.Equal("42", (string?)Content(Observed["after_interrupt"]!, "execute_result")["data"]!["text/plain"]);
    }

    [Fact]
    public void A_restart_starts_a_new_kernel_process_with_a_fresh_session_and_execution_count()
    {
        Assert.NotEqual((int)Observed["first_pid"]!, (int)Observed["restarted_pid"]!);
        Assert.Equal(1, (int)Observed["after_restart"]!["reply"]!["execution_count"]!);
        Assert.Equal("2", (string?)Content(Observed["after_restart"]!, "execute_result")["data"]!["text/plain"]);
        Assert.Contains("The name 'x' does not exist", (string?)Observed["state_after_restart"]!["reply"]!["evalue"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_shutdown_request_ends_the_kernel_process_by_itself_with_exit_code_0()
    {
        var shutdown = Observed["shutdown"]!;

        Assert.Equal(0, (int?)shutdown["exit_code"]);
        Assert.False((bool)shutdown["alive"]!);
    }

    private static JsonArray Iopub(JsonNode scenario) => scenario["iopub"]!.AsArray();

    private static IEnumerable<string?> Types(JsonNode scenario) => Iopub(scenario).Select(m => (string?)m![0]);

    private static JsonNode Content(JsonNode scenario, string messageType) =>
        Iopub(scenario).Single(m => (string?)m![0] == messageType)![1]!;
}
