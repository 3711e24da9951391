namespace WestMemphis.Pact.Data;

/// <summary>Who is making the current change (the signed-in user of the current request, if any).</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string? UserName { get; }
    string? IpAddress { get; }
}

public sealed class NoAuditActor : IAuditActor
{
    public static readonly NoAuditActor Instance = new();
    public string? UserId => null;
    public string? UserName => null;
    public string? IpAddress => null;
}
