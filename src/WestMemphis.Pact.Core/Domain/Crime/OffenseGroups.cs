namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// The NIBRS offense groups ("Assault Offenses", "Larceny/Theft Offenses"...) that an admin publishes or withdraws at once
/// on /crime/offense-types, and the default set a new installation publishes: the non-sensitive Group A offenses residents
/// look for (robbery, assault, burglary, theft, motor vehicle theft, vandalism). Every Group B code is one group.
/// </summary>
public static class OffenseGroups
{
    public sealed record OffenseGroup(string Key, string Name);

    public static readonly OffenseGroup GroupB = new("group-b", "Group B offenses (arrests only)");

    private static readonly IReadOnlyList<(OffenseGroup Group, string[] Codes)> GroupA =
    [
        (new("homicide", "Homicide offenses"), ["09A", "09B", "09C"]),
        (new("kidnapping", "Kidnapping/abduction"), ["100"]),
        (new("sex-offenses", "Sex offenses"), ["11A", "11B", "11C", "11D", "36A", "36B"]),
        (new("robbery", "Robbery"), ["120"]),
        (new("assault", "Assault offenses"), ["13A", "13B", "13C"]),
        (new("arson", "Arson"), ["200"]),
        (new("extortion", "Extortion/blackmail"), ["210"]),
        (new("burglary", "Burglary/breaking and entering"), ["220"]),
        (new("theft", "Larceny/theft offenses"), ["23A", "23B", "23C", "23D", "23E", "23F", "23G", "23H"]),
        (new("vehicle-theft", "Motor vehicle theft"), ["240"]),
        (new("counterfeiting", "Counterfeiting/forgery"), ["250"]),
        (new("fraud", "Fraud offenses"), ["26A", "26B", "26C", "26D", "26E", "26F", "26G"]),
        (new("embezzlement", "Embezzlement"), ["270"]),
        (new("stolen-property", "Stolen property offenses"), ["280"]),
        (new("vandalism", "Destruction/damage/vandalism of property"), ["290"]),
        (new("drugs", "Drug/narcotic offenses"), ["35A", "35B"]),
        (new("pornography", "Pornography/obscene material"), ["370"]),
        (new("gambling", "Gambling offenses"), ["39A", "39B", "39C", "39D"]),
        (new("prostitution", "Prostitution offenses"), ["40A", "40B", "40C"]),
        (new("bribery", "Bribery"), ["510"]),
        (new("weapons", "Weapon law violations"), ["520", "521", "522", "526"]),
        (new("commerce", "Import, export and federal commerce violations"), ["58A", "58B", "61A", "61B", "620"]),
        (new("human-trafficking", "Human trafficking"), ["64A", "64B"]),
        (new("animal-cruelty", "Animal cruelty"), ["720"]),
    ];

    private static readonly Dictionary<string, OffenseGroup> ByCode = GroupA
        .SelectMany(g => g.Codes.Select(c => (Code: c, g.Group)))
        .ToDictionary(x => x.Code, x => x.Group, StringComparer.OrdinalIgnoreCase);

    /// <summary>The groups in the order the admin page shows them (Group A in the NIBRS manual's order, then Group B).</summary>
    public static IReadOnlyList<OffenseGroup> All { get; } = [.. GroupA.Select(g => g.Group), GroupB];

    /// <summary>Published when the offense codes are first seeded, never again (an admin's later choice stands).</summary>
    public static readonly IReadOnlySet<string> DefaultPublic = new HashSet<string>(StringComparer.Ordinal)
    {
        "120", "13A", "13B", "13C", "220", "23A", "23B", "23C", "23D", "23E", "23F", "23G", "23H", "240", "290",
    };

    /// <summary>The group of a code: its NIBRS offense group; any code not in Group A (90A–90Z, or a later code) is in Group B.</summary>
    public static OffenseGroup Of(string code) => ByCode.TryGetValue(code, out var g) ? g : GroupB;

    public static OffenseGroup? Find(string? key) => All.FirstOrDefault(g => string.Equals(g.Key, key, StringComparison.OrdinalIgnoreCase));
}
