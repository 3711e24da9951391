namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// A NIBRS offense code ("13A" Aggravated Assault) with its category and UCR classification. Seeded with every
/// Group A and Group B code; an admin decides which types the public summary may show (<see cref="IsPublic"/>).
/// </summary>
public class NibrsOffenseCode : IVersioned, IAuditedRecord
{
    /// <summary>"09A", "13A", "90Z"...</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public OffenseCategory CrimesAgainst { get; set; }
    public NibrsGroup Group { get; set; }

    /// <summary>UCR Part 1 or 2.</summary>
    public byte UcrPart { get; set; }
    public PartIClass PartIClass { get; set; }

    /// <summary>UCR hierarchy: lower is more serious. Picks an incident's highest offense.</summary>
    public int HierarchyRank { get; set; }

    /// <summary>Sex offenses and human trafficking: never located publicly at all.</summary>
    public bool IsSensitive { get; set; }

    /// <summary>Staff-only until an admin publishes the type.</summary>
    public bool IsPublic { get; set; }

    public Guid Version { get; set; }
}
