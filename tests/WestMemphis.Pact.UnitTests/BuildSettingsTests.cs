using System.Xml.Linq;

namespace WestMemphis.Pact.UnitTests;

/// <summary>Build settings that protect every project: a known-vulnerable package is reported.</summary>
public sealed class BuildSettingsTests
{
    private static XElement Properties()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        var file = dir is null ? throw new InvalidOperationException("Directory.Build.props not found") : Path.Combine(dir.FullName, "Directory.Build.props");
        return XDocument.Load(file).Root!;
    }

    private static string? Value(string name) => Properties().Descendants(name).LastOrDefault()?.Value.Trim();

    [Fact]
    public void NuGet_audit_is_on_and_only_an_unreachable_feed_stays_a_warning()
    {
        Assert.Equal("true", Value("NuGetAudit"), ignoreCase: true);
        Assert.Equal("all", Value("NuGetAuditMode"), ignoreCase: true);
        Assert.Equal("true", Value("TreatWarningsAsErrors"), ignoreCase: true);
        var notErrors = (Value("WarningsNotAsErrors") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("NU1900", notErrors);
        Assert.DoesNotContain(notErrors, w => w is "NU1901" or "NU1902" or "NU1903" or "NU1904");
        Assert.DoesNotContain(Value("NoWarn") ?? "", "NU190", StringComparison.Ordinal);
    }
}
