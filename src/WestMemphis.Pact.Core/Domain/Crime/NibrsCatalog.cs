namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// Every NIBRS Group A and Group B offense code (FBI NIBRS User Manual) with its crimes-against category, UCR Part and
/// Part I class, and the UCR hierarchy rank used to pick an incident's highest offense. ReferenceDataSeeder fills the table
/// from this list; admins then choose which types are public.
/// </summary>
public static class NibrsCatalog
{
    private static NibrsOffenseCode A(string code, string name, OffenseCategory against, byte part, PartIClass partI, int rank, bool sensitive = false) =>
        new() { Code = code, Name = name, CrimesAgainst = against, Group = NibrsGroup.A, UcrPart = part, PartIClass = partI, HierarchyRank = rank, IsSensitive = sensitive };

    private static NibrsOffenseCode B(string code, string name, OffenseCategory against = OffenseCategory.Society) =>
        new() { Code = code, Name = name, CrimesAgainst = against, Group = NibrsGroup.B, UcrPart = 2, PartIClass = PartIClass.None, HierarchyRank = 90 };

    private const OffenseCategory P = OffenseCategory.Persons;
    private const OffenseCategory Pr = OffenseCategory.Property;
    private const OffenseCategory S = OffenseCategory.Society;

    /// <summary>Sex offenses and human trafficking: never located publicly (docs/product.md, "Crime data").</summary>
    public static readonly IReadOnlySet<string> SensitiveCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "11A", "11B", "11C", "11D", "36A", "36B", "64A", "64B",
    };

    public static IReadOnlyList<NibrsOffenseCode> All() =>
    [
        A("09A", "Murder and Nonnegligent Manslaughter", P, 1, PartIClass.Violent, 1),
        A("09B", "Negligent Manslaughter", P, 1, PartIClass.None, 11),
        A("09C", "Justifiable Homicide", P, 2, PartIClass.None, 60),
        A("100", "Kidnapping/Abduction", P, 2, PartIClass.None, 14),
        A("11A", "Rape", P, 1, PartIClass.Violent, 2, sensitive: true),
        A("11B", "Sodomy", P, 1, PartIClass.Violent, 3, sensitive: true),
        A("11C", "Sexual Assault With An Object", P, 1, PartIClass.Violent, 4, sensitive: true),
        A("11D", "Fondling", P, 2, PartIClass.None, 15, sensitive: true),
        A("120", "Robbery", Pr, 1, PartIClass.Violent, 5),
        A("13A", "Aggravated Assault", P, 1, PartIClass.Violent, 6),
        A("13B", "Simple Assault", P, 2, PartIClass.None, 20),
        A("13C", "Intimidation", P, 2, PartIClass.None, 21),
        A("200", "Arson", Pr, 1, PartIClass.Property, 10),
        A("210", "Extortion/Blackmail", Pr, 2, PartIClass.None, 22),
        A("220", "Burglary/Breaking & Entering", Pr, 1, PartIClass.Property, 7),
        A("23A", "Pocket-picking", Pr, 1, PartIClass.Property, 8),
        A("23B", "Purse-snatching", Pr, 1, PartIClass.Property, 8),
        A("23C", "Shoplifting", Pr, 1, PartIClass.Property, 8),
        A("23D", "Theft From Building", Pr, 1, PartIClass.Property, 8),
        A("23E", "Theft From Coin-Operated Machine or Device", Pr, 1, PartIClass.Property, 8),
        A("23F", "Theft From Motor Vehicle", Pr, 1, PartIClass.Property, 8),
        A("23G", "Theft of Motor Vehicle Parts or Accessories", Pr, 1, PartIClass.Property, 8),
        A("23H", "All Other Larceny", Pr, 1, PartIClass.Property, 8),
        A("240", "Motor Vehicle Theft", Pr, 1, PartIClass.Property, 9),
        A("250", "Counterfeiting/Forgery", Pr, 2, PartIClass.None, 30),
        A("26A", "False Pretenses/Swindle/Confidence Game", Pr, 2, PartIClass.None, 30),
        A("26B", "Credit Card/Automated Teller Machine Fraud", Pr, 2, PartIClass.None, 30),
        A("26C", "Impersonation", Pr, 2, PartIClass.None, 30),
        A("26D", "Welfare Fraud", Pr, 2, PartIClass.None, 30),
        A("26E", "Wire Fraud", Pr, 2, PartIClass.None, 30),
        A("26F", "Identity Theft", Pr, 2, PartIClass.None, 30),
        A("26G", "Hacking/Computer Invasion", Pr, 2, PartIClass.None, 30),
        A("270", "Embezzlement", Pr, 2, PartIClass.None, 30),
        A("280", "Stolen Property Offenses", Pr, 2, PartIClass.None, 31),
        A("290", "Destruction/Damage/Vandalism of Property", Pr, 2, PartIClass.None, 32),
        A("35A", "Drug/Narcotic Violations", S, 2, PartIClass.None, 33),
        A("35B", "Drug Equipment Violations", S, 2, PartIClass.None, 34),
        A("36A", "Incest", P, 2, PartIClass.None, 16, sensitive: true),
        A("36B", "Statutory Rape", P, 2, PartIClass.None, 16, sensitive: true),
        A("370", "Pornography/Obscene Material", S, 2, PartIClass.None, 40),
        A("39A", "Betting/Wagering", S, 2, PartIClass.None, 41),
        A("39B", "Operating/Promoting/Assisting Gambling", S, 2, PartIClass.None, 41),
        A("39C", "Gambling Equipment Violations", S, 2, PartIClass.None, 41),
        A("39D", "Sports Tampering", S, 2, PartIClass.None, 41),
        A("40A", "Prostitution", S, 2, PartIClass.None, 42),
        A("40B", "Assisting or Promoting Prostitution", S, 2, PartIClass.None, 42),
        A("40C", "Purchasing Prostitution", S, 2, PartIClass.None, 42),
        A("510", "Bribery", Pr, 2, PartIClass.None, 30),
        A("520", "Weapon Law Violations", S, 2, PartIClass.None, 35),
        A("521", "Violation of National Firearm Act of 1934", S, 2, PartIClass.None, 35),
        A("522", "Weapons of Mass Destruction", S, 2, PartIClass.None, 35),
        A("526", "Explosives", S, 2, PartIClass.None, 35),
        A("58A", "Import Violations", S, 2, PartIClass.None, 50),
        A("58B", "Export Violations", S, 2, PartIClass.None, 50),
        A("61A", "Federal Liquor Offenses", S, 2, PartIClass.None, 50),
        A("61B", "Federal Tobacco Offenses", S, 2, PartIClass.None, 50),
        A("620", "Wildlife Trafficking", S, 2, PartIClass.None, 50),
        A("64A", "Human Trafficking, Commercial Sex Acts", P, 2, PartIClass.None, 12, sensitive: true),
        A("64B", "Human Trafficking, Involuntary Servitude", P, 2, PartIClass.None, 13, sensitive: true),
        A("720", "Animal Cruelty", S, 2, PartIClass.None, 45),
        B("90A", "Bad Checks", Pr),
        B("90B", "Curfew/Loitering/Vagrancy Violations"),
        B("90C", "Disorderly Conduct"),
        B("90D", "Driving Under the Influence"),
        B("90E", "Drunkenness"),
        B("90F", "Family Offenses, Nonviolent"),
        B("90G", "Liquor Law Violations"),
        B("90H", "Peeping Tom"),
        B("90I", "Runaway"),
        B("90J", "Trespass of Real Property"),
        B("90K", "Bond Default"),
        B("90L", "Federal Resource Violations"),
        B("90M", "Perjury"),
        B("90Z", "All Other Offenses"),
    ];

    /// <summary>Seed offense-description mappings for the ready-made sources (source, normalised description, code).</summary>
    public static IReadOnlyList<(string Source, string Description, string Code)> SeedMappings() =>
    [
        // Chicago "Primary Type" values, and "PRIMARY TYPE: DESCRIPTION" where the description decides the code.
        ("chicago", "HOMICIDE", "09A"),
        ("chicago", "CRIMINAL SEXUAL ASSAULT", "11A"),
        ("chicago", "CRIM SEXUAL ASSAULT", "11A"),
        ("chicago", "SEX OFFENSE", "11D"),
        ("chicago", "ROBBERY", "120"),
        ("chicago", "ASSAULT", "13B"),
        ("chicago", "BATTERY", "13B"),
        ("chicago", "ASSAULT: AGGRAVATED: HANDGUN", "13A"),
        ("chicago", "ASSAULT: AGGRAVATED: OTHER DANG WEAPON", "13A"),
        ("chicago", "ASSAULT: AGGRAVATED: KNIFE/CUTTING INSTR", "13A"),
        ("chicago", "BATTERY: AGGRAVATED: HANDGUN", "13A"),
        ("chicago", "BATTERY: AGGRAVATED: OTHER DANG WEAPON", "13A"),
        ("chicago", "BATTERY: AGGRAVATED: KNIFE/CUTTING INSTR", "13A"),
        ("chicago", "BATTERY: AGGRAVATED DOMESTIC BATTERY: HANDGUN", "13A"),
        ("chicago", "STALKING", "13C"),
        ("chicago", "INTIMIDATION", "13C"),
        ("chicago", "KIDNAPPING", "100"),
        ("chicago", "ARSON", "200"),
        ("chicago", "BURGLARY", "220"),
        ("chicago", "THEFT", "23H"),
        ("chicago", "THEFT: POCKETPICKING", "23A"),
        ("chicago", "THEFT: PURSE-SNATCHING", "23B"),
        ("chicago", "THEFT: RETAIL THEFT", "23C"),
        ("chicago", "THEFT: FROM BUILDING", "23D"),
        ("chicago", "MOTOR VEHICLE THEFT", "240"),
        ("chicago", "DECEPTIVE PRACTICE", "26A"),
        ("chicago", "CRIMINAL DAMAGE", "290"),
        ("chicago", "NARCOTICS", "35A"),
        ("chicago", "OTHER NARCOTIC VIOLATION", "35A"),
        ("chicago", "WEAPONS VIOLATION", "520"),
        ("chicago", "CONCEALED CARRY LICENSE VIOLATION", "520"),
        ("chicago", "PROSTITUTION", "40A"),
        ("chicago", "GAMBLING", "39B"),
        ("chicago", "OBSCENITY", "370"),
        ("chicago", "HUMAN TRAFFICKING", "64A"),
        ("chicago", "OFFENSE INVOLVING CHILDREN", "90F"),
        ("chicago", "LIQUOR LAW VIOLATION", "90G"),
        ("chicago", "PUBLIC PEACE VIOLATION", "90C"),
        ("chicago", "CRIMINAL TRESPASS", "90J"),
        ("chicago", "INTERFERENCE WITH PUBLIC OFFICER", "90Z"),
        ("chicago", "PUBLIC INDECENCY", "90Z"),
        ("chicago", "OTHER OFFENSE", "90Z"),
        // Seattle's "Offense" names where they differ from the NIBRS names (exact NIBRS names map by themselves).
        ("seattle", "THEFT FROM MOTOR VEHICLE", "23F"),
        ("seattle", "BURGLARY/BREAKING&ENTERING", "220"),
        ("seattle", "DESTRUCTION/DAMAGE/VANDALISM OF PROPERTY", "290"),
        ("seattle", "TRESPASS OF REAL PROPERTY", "90J"),
        ("seattle", "DRIVING UNDER THE INFLUENCE", "90D"),
        ("seattle", "ALL OTHER LARCENY", "23H"),
        ("seattle", "THEFT OF MOTOR VEHICLE PARTS OR ACCESSORY", "23G"),
    ];
}
