using WestMemphis.Pact.Domain.Crime;

namespace WestMemphis.Pact.Domain.Problems;

/// <summary>
/// A NIBRS offense type a problem is about ("23F" theft from motor vehicle). The assessment counts offenses of the
/// problem's types in its area over equal periods before and after the response.
/// </summary>
public class ProblemOffenseCode : IAuditedRecord
{
    public int ProblemId { get; set; }
    public Problem? Problem { get; set; }
    public required string NibrsCode { get; set; }
    public NibrsOffenseCode? NibrsOffense { get; set; }
}
