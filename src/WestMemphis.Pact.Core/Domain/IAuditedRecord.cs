namespace WestMemphis.Pact.Domain;

/// <summary>
/// Marks a record whose every create, update and delete the <see cref="Data.AuditInterceptor"/> writes to the
/// audit trail. Chosen per record, not by namespace: a new record is audited only when it says so, and
/// <c>AuditedRecordsTests</c> fails until every record in the model is either marked or listed in
/// <see cref="Data.AuditInterceptor.NotAudited"/> with a reason.
/// </summary>
public interface IAuditedRecord;
