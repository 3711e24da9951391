namespace WestMemphis.Pact.Domain.Liaison;

/// <summary>A house of worship in the congregations directory.</summary>
public class Congregation : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Denomination { get; set; }
    public required string Address { get; set; }

    /// <summary>Filled from the address by the area locator; staff may set it when the address is not covered.</summary>
    public int? AreaId { get; set; }
    public Area? Area { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }

    /// <summary>Staff-only notes.</summary>
    public string? Notes { get; set; }
    public bool IsDemo { get; set; }
    public Guid Version { get; set; }

    public List<Clergy> Clergy { get; set; } = [];
    public List<SecurityAssessment> Assessments { get; set; } = [];
}

public enum PreferredContact
{
    Phone = 0,
    Text = 1,
    Email = 2,
    InPerson = 3,
}

/// <summary>A clergy contact of a congregation. Staff-only.</summary>
public class Clergy : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public int CongregationId { get; set; }
    public Congregation? Congregation { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public PreferredContact PreferredContact { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A house-of-worship security assessment made by an officer.</summary>
public class SecurityAssessment : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public int CongregationId { get; set; }
    public Congregation? Congregation { get; set; }
    public DateOnly Date { get; set; }
    public required string OfficerId { get; set; }
    public ApplicationUser? Officer { get; set; }
    public int? Attendance { get; set; }
    public bool YouthPrograms { get; set; }
    public bool Daycare { get; set; }
    public bool Cameras { get; set; }
    public bool Alarm { get; set; }
    public bool AccessControl { get; set; }
    public bool SecurityTeam { get; set; }
    public string? Recommendations { get; set; }
    public DateOnly? FollowUpDate { get; set; }
    public Guid Version { get; set; }
}
