namespace WestMemphis.Pact.Domain.Liaison;

public enum PartnerKind
{
    JointAgency = 0,
    PrivateHelpGroup = 1,
    Nonprofit = 2,
    Business = 3,
    School = 4,
    FaithBased = 5,
    Government = 6,
    NeighborhoodAssociation = 7,
    WatchGroup = 8,
}

/// <summary>A partner organization: a joint agency (PJA), help group, business, association…</summary>
public class PartnerOrganization : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public PartnerKind Kind { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Address { get; set; }
    public string? Services { get; set; }
    public bool IsActive { get; set; } = true;
    public DateOnly? AgreementDate { get; set; }
    public bool IsDemo { get; set; }
    public Guid Version { get; set; }

    public List<PartnerArea> AreasServed { get; set; } = [];
}

/// <summary>An area a partner serves.</summary>
public class PartnerArea : IAuditedRecord
{
    public int PartnerOrganizationId { get; set; }
    public PartnerOrganization? PartnerOrganization { get; set; }
    public int AreaId { get; set; }
    public Area? Area { get; set; }
}

public static class PartnerKinds
{
    public static string Label(PartnerKind kind) => kind switch
    {
        PartnerKind.JointAgency => "Joint agency (PJA)",
        PartnerKind.PrivateHelpGroup => "Private help group",
        PartnerKind.Nonprofit => "Nonprofit",
        PartnerKind.Business => "Business",
        PartnerKind.School => "School",
        PartnerKind.FaithBased => "Faith-based",
        PartnerKind.Government => "Government",
        PartnerKind.NeighborhoodAssociation => "Neighborhood association",
        PartnerKind.WatchGroup => "Watch group",
        _ => kind.ToString(),
    };

    /// <summary>A kind from its label ("Joint agency (PJA)", as the export writes it) or its name ("JointAgency"), in any case.</summary>
    public static bool TryParse(string? text, out PartnerKind kind)
    {
        var wanted = text?.Trim() ?? "";
        foreach (var k in Enum.GetValues<PartnerKind>())
        {
            if (string.Equals(Label(k), wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(k.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
