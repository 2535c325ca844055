namespace MedTwin.Notebooks.Execution;

/// <summary>A <c>#r "nuget: Name, Version"</c> directive: a package at an exact version.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The exact version asked for.</param>
public sealed record PackageRequest(string Id, string Version);
