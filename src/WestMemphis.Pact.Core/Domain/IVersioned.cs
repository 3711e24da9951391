namespace WestMemphis.Pact.Domain;

/// <summary>
/// A record that staff edit. <see cref="Version"/> is an application-assigned concurrency token:
/// SQLite cannot generate rowversion values, so a SaveChanges interceptor gives every insert and
/// update a new Guid, and EF adds the old value to the UPDATE's WHERE clause on both providers.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
