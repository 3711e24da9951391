namespace WestMemphis.Pact.Domain.Crime;

/// <summary>NIBRS "crimes against" category of an offense. Unknown until the offense is mapped to a code.</summary>
public enum OffenseCategory
{
    Unknown = 0,
    Persons = 1,
    Property = 2,
    Society = 3,
}

/// <summary>UCR Part I class of an offense: violent, property, or not Part I (or not known).</summary>
public enum PartIClass
{
    None = 0,
    Violent = 1,
    Property = 2,
}

/// <summary>NIBRS Group A (incident reports) or Group B (arrest-only) offense.</summary>
public enum NibrsGroup
{
    A = 1,
    B = 2,
}

/// <summary>How an incident got its area.</summary>
public enum AreaPlacement
{
    /// <summary>Nothing matched: counted as "unassigned", never dropped.</summary>
    Unassigned = 0,

    /// <summary>The file's beat or ward value, through <see cref="AreaSourceMapping"/>.</summary>
    SourceMapping = 1,

    /// <summary>Point-in-polygon on the areas' boundaries.</summary>
    Coordinates = 2,

    /// <summary>The address, through the areas' street ranges.</summary>
    Address = 3,
}

/// <summary>The column layout an import reads.</summary>
public enum ImportLayout
{
    /// <summary>Chicago "Crimes - 2001 to Present": one row per case.</summary>
    Chicago = 1,

    /// <summary>Seattle "SPD Crime Data": one row per offense.</summary>
    Seattle = 2,

    /// <summary>A generic NIBRS layout (incident number, date, NIBRS code, ...).</summary>
    Nibrs = 3,

    /// <summary>Any other header, read through a saved <see cref="ImportMapping"/>.</summary>
    Custom = 4,
}

public enum ImportStatus
{
    Queued = 0,
    Running = 1,
    Completed = 2,
    Failed = 3,
}
