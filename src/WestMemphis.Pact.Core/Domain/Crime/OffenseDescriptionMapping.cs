namespace WestMemphis.Pact.Domain.Crime;

/// <summary>
/// Maps a source's offense description (normalised: trimmed, upper case) to a NIBRS code. Editable by staff; seeded for
/// the common Chicago and Seattle descriptions. Saving one also maps the offenses already imported with that description.
/// </summary>
public class OffenseDescriptionMapping : IVersioned, IAuditedRecord
{
    public int Id { get; set; }
    public required string Source { get; set; }
    public required string Description { get; set; }
    public required string NibrsCode { get; set; }
    public NibrsOffenseCode? NibrsOffense { get; set; }
    public Guid Version { get; set; }
}
