using System.Security.Cryptography;

namespace WestMemphis.Pact.Domain.Concerns;

/// <summary>The rules of a concern's life: reference codes and which status may follow which.</summary>
public static class ConcernRules
{
    /// <summary>No 0/O, 1/I/L: codes are read aloud and typed back.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const string Prefix = "C-";

    /// <summary>12 characters from 31 symbols: about 59 bits, so guessing one is hopeless at any rate the limiter allows.</summary>
    public const int CodeLength = 12;

    public static string NewReferenceCode() => Prefix + RandomNumberGenerator.GetString(Alphabet, CodeLength);

    /// <summary>Codes are typed back by people: case, spaces and dashes inside do not matter, a missing "C-" neither.</summary>
    public static string NormalizeCode(string? code)
    {
        var c = new string((code ?? "").ToUpperInvariant().Where(ch => !char.IsWhiteSpace(ch)).ToArray());
        if (c.StartsWith(Prefix, StringComparison.Ordinal))
        {
            c = c[Prefix.Length..];
        }

        return Prefix + c.Replace("-", "", StringComparison.Ordinal);
    }

    public static bool LooksLikeConcernCode(string? code)
    {
        var c = NormalizeCode(code)[Prefix.Length..];
        return c.Length == CodeLength && c.All(ch => Alphabet.Contains(ch, StringComparison.Ordinal));
    }

    /// <summary>Status changes staff may make. Resolved and closed concerns may be reopened (back to in progress).</summary>
    public static bool CanMove(ConcernStatus from, ConcernStatus to) => (from, to) switch
    {
        _ when from == to => false,
        (ConcernStatus.New, _) => true,
        (ConcernStatus.Acknowledged, ConcernStatus.New) => false,
        (ConcernStatus.Acknowledged, _) => true,
        (ConcernStatus.InProgress, ConcernStatus.Resolved or ConcernStatus.Closed) => true,
        (ConcernStatus.Resolved, ConcernStatus.Closed or ConcernStatus.InProgress) => true,
        (ConcernStatus.Closed, ConcernStatus.InProgress) => true,
        _ => false,
    };

    /// <summary>Resolving or closing needs a reason the reporter can read.</summary>
    public static bool NeedsReason(ConcernStatus to) => to is ConcernStatus.Resolved or ConcernStatus.Closed;

    /// <summary>Applies a status change and stamps the times the dashboard counts from.</summary>
    public static void Move(Concern concern, ConcernStatus to, string? reason, DateTime nowUtc)
    {
        if (!CanMove(concern.Status, to))
        {
            throw new InvalidOperationException($"A concern cannot move from {concern.Status} to {to}.");
        }

        if (to != ConcernStatus.New && concern.AcknowledgedUtc is null)
        {
            concern.AcknowledgedUtc = nowUtc;
        }

        if (NeedsReason(to))
        {
            concern.ResolutionReason = reason;
            concern.ResolvedUtc ??= nowUtc;
        }
        else if (to == ConcernStatus.InProgress && concern.Status is ConcernStatus.Resolved or ConcernStatus.Closed)
        {
            concern.ResolvedUtc = null;
            concern.ResolutionReason = null;
        }

        concern.Status = to;
        concern.UpdatedUtc = nowUtc;
    }

    /// <summary>Days from report to resolution (or closing), for "median days to resolve".</summary>
    public static double? DaysToResolve(Concern concern) =>
        concern.ResolvedUtc is { } r ? (r - concern.CreatedUtc).TotalDays : null;

    public static string Label(ConcernCategory category) => category switch
    {
        ConcernCategory.TrafficAndSpeeding => "Traffic and speeding",
        ConcernCategory.DrugActivity => "Drug activity",
        ConcernCategory.BlightOrAbandonedProperty => "Blight or abandoned property",
        ConcernCategory.IllegalDumping => "Illegal dumping",
        ConcernCategory.StreetLighting => "Street lighting",
        ConcernCategory.Noise => "Noise",
        ConcernCategory.Loitering => "Loitering",
        ConcernCategory.Animals => "Animals",
        _ => "Other",
    };

    public static string Label(ConcernStatus status) => status switch
    {
        ConcernStatus.InProgress => "In progress",
        _ => status.ToString(),
    };
}
