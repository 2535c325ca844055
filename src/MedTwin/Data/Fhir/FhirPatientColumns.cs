namespace MedTwin.Data.Fhir;

/// <summary>The columns of <see cref="FhirImport.Patients"/>, in order. Several hold direct identifiers.</summary>
public static class FhirPatientColumns
{
    /// <summary>The Patient's id (text).</summary>
    public const string Patient = "patient";

    /// <summary>The official (else first) name: its text, else given names and family name (text).</summary>
    public const string Name = "name";

    /// <summary>birthDate at midnight UTC (date-time); missing when only a year or a month is given (reported).</summary>
    public const string BirthDate = "birth_date";

    /// <summary>The administrative gender code (text), as given.</summary>
    public const string Gender = "gender";

    /// <summary>The home (else first) address's lines, joined by ", " (text).</summary>
    public const string AddressLine = "address_line";

    /// <summary>That address's city (text).</summary>
    public const string City = "city";

    /// <summary>That address's state (text).</summary>
    public const string State = "state";

    /// <summary>That address's postal code (text).</summary>
    public const string PostalCode = "postal_code";

    /// <summary>That address's country (text).</summary>
    public const string Country = "country";

    /// <summary>Every phone number, in the given order, joined by "; " (text).</summary>
    public const string Phone = "phone";

    /// <summary>Every e-mail address, in the given order, joined by "; " (text).</summary>
    public const string Email = "email";

    /// <summary>Every identifier as <c>system|value</c>, in the given order, joined by "; " (text).</summary>
    public const string Identifiers = "identifiers";

    /// <summary>All columns, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Patient, Name, BirthDate, Gender, AddressLine, City, State, PostalCode, Country, Phone, Email, Identifiers];
}
