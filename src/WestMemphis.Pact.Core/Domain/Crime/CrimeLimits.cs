namespace WestMemphis.Pact.Domain.Crime;

/// <summary>Column lengths of the crime tables; the import truncates (or rejects) to these.</summary>
public static class CrimeLimits
{
    public const int Source = 40;
    public const int IncidentNumber = 64;
    public const int Address = 200;
    public const int Beat = 40;
    public const int Disposition = 100;
    public const int Code = 3;
    public const int SourceCode = 20;
    public const int OffenseKey = 64;
    public const int Description = 200;
    public const int ColumnMap = 4000;
    public const int RawExcerpt = 500;
}
