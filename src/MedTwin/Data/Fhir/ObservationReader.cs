using Hl7.Fhir.Model;

namespace MedTwin.Data.Fhir;

/// <summary>
/// Turns one (possibly partial) Observation into rows: one for its own value (when it has one, or has no components)
/// and one per component, each component row naming the observation's code as its panel.
/// </summary>
internal static class ObservationReader
{
    public static IEnumerable<ObservationRow> Read(Observation observation, string? id, SubjectResolver subjects, ResourceIssues issues)
    {
        var (patient, known) = subjects.Resolve(observation.Subject, issues);
        var time = ReadTime(observation.Effective, issues);
        var status = FhirText.Of(observation.StatusElement);
        var (system, code, display) = ReadConcept(observation.Code, "code", issues);
        var components = observation.Component ?? [];
        var rows = new List<ObservationRow>();
        if (observation.Value is not null || components.Count == 0)
        {
            if (observation.Value is null)
            {
                var absent = FhirText.Of(observation.DataAbsentReason?.TextElement)
                    ?? FhirText.Of(observation.DataAbsentReason?.Coding.FirstOrDefault()?.CodeElement);
                issues.Add(FhirIssueKind.MissingValue, "value[x]",
                    absent is null ? "missing, and no components; the row has a missing value" : $"missing (dataAbsentReason '{absent}'); the row has a missing value");
            }

            var (value, unit) = ReadValue(observation.Value, string.Empty, issues);
            rows.Add(new ObservationRow(id, patient, known, time, null, system, code, display, value, unit, status));
        }

        for (var i = 0; i < components.Count; i++)
        {
            var prefix = $"component[{i}].";
            var component = components[i];
            var (componentSystem, componentCode, componentDisplay) = ReadConcept(component.Code, prefix + "code", issues);
            if (component.Value is null)
            {
                issues.Add(FhirIssueKind.MissingValue, prefix + "value[x]", "missing; the component's row has a missing value");
            }

            var (value, unit) = ReadValue(component.Value, prefix, issues);
            rows.Add(new ObservationRow(id, patient, known, time, code, componentSystem, componentCode, componentDisplay, value, unit, status));
        }

        return rows;
    }

    /// <summary>The LOINC coding if there is one, else the first coding with a code; the display falls back to the text.</summary>
    private static (string? System, string? Code, string? Display) ReadConcept(CodeableConcept? concept, string path, ResourceIssues issues)
    {
        var codings = concept?.Coding ?? [];
        var chosen = codings.FirstOrDefault(c => FhirText.Of(c.SystemElement) == FhirText.Loinc && FhirText.Of(c.CodeElement) is not null)
            ?? codings.FirstOrDefault(c => FhirText.Of(c.CodeElement) is not null);
        var display = FhirText.Of(chosen?.DisplayElement) ?? FhirText.Of(concept?.TextElement);
        if (chosen is null && !issues.Has(path))
        {
            issues.Add(FhirIssueKind.MissingCode, path, display is null ? "has no coding with a code; the code is missing" : $"has no coding with a code, only the text '{display}'; the code is missing");
        }

        return (FhirText.Of(chosen?.SystemElement), FhirText.Of(chosen?.CodeElement), display);
    }

    private static (double? Value, string? Unit) ReadValue(DataType? value, string prefix, ResourceIssues issues)
    {
        switch (value)
        {
            case null:
                return (null, null);
            case Quantity quantity:
                return (FhirText.Number(quantity.ValueElement), ReadUnit(quantity, prefix + "valueQuantity", issues));
            default:
                var property = "value" + char.ToUpperInvariant(value.TypeName[0]) + value.TypeName[1..];
                issues.Add(FhirIssueKind.UnsupportedValue, prefix + property, "only valueQuantity is imported; the row has a missing value");
                return (null, null);
        }
    }

    /// <summary>The UCUM code; else whatever unit is given, reported.</summary>
    private static string? ReadUnit(Quantity quantity, string path, ResourceIssues issues)
    {
        var code = FhirText.Of(quantity.CodeElement);
        var system = FhirText.Of(quantity.SystemElement);
        var text = FhirText.Of(quantity.UnitElement);
        if (code is not null)
        {
            if (system != FhirText.Ucum)
            {
                issues.Add(FhirIssueKind.NonUcumUnit, path + ".system", system is null
                    ? $"missing, so the unit code '{code}' is not known to be UCUM ({FhirText.Ucum}); it is kept as given"
                    : $"'{system}' is not UCUM ({FhirText.Ucum}); the unit '{code}' is kept as given");
            }

            return code;
        }

        if (text is not null)
        {
            issues.Add(FhirIssueKind.NonUcumUnit, path + ".code", $"missing; the unit is kept as the text '{text}', which is not a UCUM code");
            return text;
        }

        issues.Add(FhirIssueKind.MissingUnit, path, "has no unit (no code, no unit text); the unit is missing");
        return null;
    }

    private static DateTime? ReadTime(DataType? effective, ResourceIssues issues)
    {
        switch (effective)
        {
            case null:
                issues.Add(FhirIssueKind.MissingTime, "effective[x]", "missing; the rows have a missing time");
                return null;
            case FhirDateTime dateTime:
                return ReadLiteral(dateTime.JsonValue as string, "effectiveDateTime", issues);
            case Instant instant:
                return ReadLiteral(instant.JsonValue as string, "effectiveInstant", issues);
            case Period period when period.StartElement is not null:
                return ReadLiteral(period.StartElement.JsonValue as string, "effectivePeriod.start", issues);
            case Period:
                issues.Add(FhirIssueKind.MissingTime, "effectivePeriod.start", "missing; the rows have a missing time");
                return null;
            default:
                var property = "effective" + char.ToUpperInvariant(effective.TypeName[0]) + effective.TypeName[1..];
                issues.Add(FhirIssueKind.MissingTime, property, "is not imported (only effectiveDateTime, effectivePeriod.start and effectiveInstant are); the rows have a missing time");
                return null;
        }
    }

    private static DateTime? ReadLiteral(string? literal, string path, ResourceIssues issues)
    {
        if (literal is null)
        {
            if (!issues.Has(path))
            {
                issues.Add(FhirIssueKind.MissingTime, path, "has no value; the rows have a missing time");
            }

            return null;
        }

        switch (FhirTime.Read(literal, out var utc))
        {
            case FhirTime.Precision.Instant:
                return utc;
            case FhirTime.Precision.Day:
                issues.Add(FhirIssueKind.ImpreciseTime, path, $"'{literal}' has no time of day; it is taken as 00:00 UTC");
                return utc;
            case FhirTime.Precision.YearOrMonth:
                issues.Add(FhirIssueKind.ImpreciseTime, path, $"'{literal}' gives only a year or a month; the rows have a missing time");
                return null;
            default:
                if (!issues.Has(path))
                {
                    issues.Add(FhirIssueKind.Malformed, path, $"expected a FHIR dateTime with a time zone (e.g. 2024-03-01T08:30:00Z), found \"{literal}\"");
                }

                return null;
        }
    }
}
