using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WestMemphis.Pact.Data;

/// <summary>Stores DateTimes as they are (UTC) and marks them UTC when read back.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v,
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
