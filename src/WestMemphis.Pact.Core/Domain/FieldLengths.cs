namespace WestMemphis.Pact.Domain;

/// <summary>
/// The maximum length of every bounded text column, one constant per field: the EF Core configurations
/// (<c>HasMaxLength</c>) and the forms' validators (<c>MaximumLength</c>) and views (<c>maxlength</c>) all read them from
/// here, so a form can never accept more than its column holds. SQLite does not enforce these lengths and SQL Server does,
/// so a drift would otherwise show only in production. Crime-import fields keep theirs in
/// <see cref="global::WestMemphis.Pact.Domain.Crime.CrimeLimits"/>, crime action items in <see cref="global::WestMemphis.Pact.Domain.Crime.Reviews.CrimeActionItem"/> and bookable resources'
/// names in <see cref="global::WestMemphis.Pact.Domain.BookableResource.NameLength"/>. Lengths are in UTF-16 code units, as nvarchar(n) counts them.
/// </summary>
public static class FieldLengths
{
    /// <summary>An email address (RFC 5321's 254, rounded as ASP.NET Core Identity does).</summary>
    public const int Email = 256;

    /// <summary>A phone number as people type it.</summary>
    public const int Phone = 30;

    /// <summary>A person's name.</summary>
    public const int PersonName = 100;

    /// <summary>An ASP.NET Core Identity user id (the key of AspNetUsers).</summary>
    public const int UserId = 450;

    /// <summary>A form's one-time key that makes a double submit harmless.</summary>
    public const int IdempotencyKey = 64;

    /// <summary>A public reference code (C-…, PR-…).</summary>
    public const int ReferenceCode = 20;


    public static class ApplicationUser
    {
        public const int FullName = FieldLengths.PersonName;
        public const int PhoneNumber = FieldLengths.Phone;
    }

    public static class Area
    {
        public const int Name = 100;
        public const int Code = 20;
        public const int Description = 2000;
        public const int BoundaryGeoJson = global::WestMemphis.Pact.Domain.Liaison.AreaBoundary.MaxLength;
    }

    public static class AuditEntry
    {
        public const int UserId = FieldLengths.UserId;
        public const int UserName = 256;
        public const int Action = 50;
        public const int RecordType = 100;
        public const int RecordId = 100;
        public const int Outcome = 20;
        public const int Details = 4000;
        public const int IpAddress = 64;
    }

    public static class Concern
    {
        public const int ReferenceCode = FieldLengths.ReferenceCode;
        public const int IdempotencyKey = FieldLengths.IdempotencyKey;
        public const int Location = 200;
        public const int Description = 4000;
        public const int WhenItHappens = 200;
        public const int ReporterName = FieldLengths.PersonName;
        public const int ReporterEmail = FieldLengths.Email;
        public const int ReporterPhone = FieldLengths.Phone;
        public const int ReporterUserId = FieldLengths.UserId;
        public const int AssignedOfficerId = FieldLengths.UserId;
        public const int LoggedById = FieldLengths.UserId;
        public const int ResolutionReason = 1000;
        public const int PhotoStoredName = 64;
        public const int PhotoContentType = 50;
    }

    public static class ConcernUpdate
    {
        public const int Body = 2000;
        public const int AuthorId = FieldLengths.UserId;
        public const int AuthorName = FieldLengths.PersonName;
    }

    public static class NibrsOffenseCode
    {
        public const int Name = 100;
    }

    public static class AreaSourceMapping
    {
        public const int Field = 10;
    }

    public static class ImportBatch
    {
        public const int FileName = 260;
        public const int Sha256 = 64;
        public const int StoredFilePath = 500;
        public const int UploadedById = FieldLengths.UserId;
        public const int Error = 2000;
        public const int LeaseOwner = 100;
    }

    public static class ImportRejectedRow
    {
        public const int Column = 100;
        public const int Reason = 300;
    }

    public static class CrimeReview
    {
        public const int AreasKey = 400;
        public const int Attendees = 2000;
        public const int Notes = 8000;
        public const int ProblemsDiscussed = 4000;
        public const int SnapshotJson = 400_000;
        public const int CreatedById = FieldLengths.UserId;
    }

    public static class CrimeActionItem
    {
        public const int OwnerUserId = FieldLengths.UserId;
    }

    public static class DataProtectionKey
    {
        public const int FriendlyName = 200;
        public const int Xml = 8000;
    }

    public static class Event
    {
        public const int Title = 150;
        public const int Description = 4000;
        public const int Location = 300;
        public const int SeasonNote = 200;
        public const int Partners = 500;
        public const int CancellationReason = 1000;
    }

    public static class Shift
    {
        public const int Role = 100;
        public const int Notes = 1000;
    }

    public static class Signup
    {
        public const int VolunteerId = FieldLengths.UserId;
        public const int IdempotencyKey = FieldLengths.IdempotencyKey;
    }

    public static class VolunteerProfile
    {
        public const int UserId = FieldLengths.UserId;
        public const int Phone = FieldLengths.Phone;
        public const int Interests = 500;
        public const int GuardianName = FieldLengths.PersonName;
        public const int GuardianEmail = FieldLengths.Email;
        public const int GuardianSignature = FieldLengths.PersonName;
        public const int GuardianLinkHash = 64;
        public const int WaiverVersion = 20;
        public const int CalendarToken = 64;
    }

    public static class CleanupResult
    {
        public const int Notes = 2000;
    }

    public static class EventFollow
    {
        public const int UserId = FieldLengths.UserId;
    }

    public static class Feedback
    {
        public const int CardCode = Domain.Feedback.FeedbackCardCode.Length;
        public const int SourceKey = 40;
        public const int TokenHash = global::WestMemphis.Pact.Domain.StatusLink.HashLength;
    }

    public static class AreaFollow
    {
        public const int Email = FieldLengths.Email;
        public const int UserId = FieldLengths.UserId;
    }

    public static class AreaFollowLink
    {
        public const int TokenHash = global::WestMemphis.Pact.Domain.StatusLink.HashLength;
    }

    public static class HoursLetter
    {
        public const int VerificationCode = global::WestMemphis.Pact.Domain.HoursLetterCode.Length;
        public const int VolunteerId = FieldLengths.UserId;
        public const int VolunteerName = FieldLengths.PersonName;
    }

    public static class HoursLetterShift
    {
        public const int EventTitle = Event.Title;
        public const int Role = Shift.Role;
    }

    public static class StreetRange
    {
        public const int StreetName = 100;
        public const int Directional = 2;
        public const int NameKey = 100;
        public const int Suffix = 10;
    }

    public static class LiaisonAssignment
    {
        public const int OfficerId = FieldLengths.UserId;
        public const int CreatedById = FieldLengths.UserId;
    }

    public static class Congregation
    {
        public const int Name = 150;
        public const int Denomination = 100;
        public const int Address = 200;
        public const int Phone = FieldLengths.Phone;
        public const int Website = 300;
        public const int Notes = 4000;
    }

    public static class Clergy
    {
        public const int Name = FieldLengths.PersonName;
        public const int Title = 100;
        public const int Phone = FieldLengths.Phone;
        public const int Email = FieldLengths.Email;
    }

    public static class SecurityAssessment
    {
        public const int OfficerId = FieldLengths.UserId;
        public const int Recommendations = 4000;
    }

    public static class PartnerOrganization
    {
        public const int Name = 150;
        public const int ContactName = FieldLengths.PersonName;
        public const int ContactPhone = FieldLengths.Phone;
        public const int ContactEmail = FieldLengths.Email;
        public const int Address = 200;
        public const int Services = 2000;
    }

    public static class ContactLog
    {
        public const int OfficerId = FieldLengths.UserId;
        public const int FollowUpOwnerId = FieldLengths.UserId;
        public const int Purpose = 300;
        public const int Notes = 4000;
        public const int FollowUp = 500;
        public const int FollowUpOutcome = 1000;
    }

    public static class FollowUpDigest
    {
        public const int OfficerId = FieldLengths.UserId;
    }

    public static class OutboxMessage
    {
        public const int ToAddress = FieldLengths.Email;
        public const int ToName = 200;
        public const int Subject = 300;
        public const int TextBody = 100_000;
        public const int HtmlBody = 200_000;
        public const int AttachmentName = 200;
        public const int AttachmentContentType = 100;
        public const int Kind = 50;
        public const int ClaimedBy = 100;
        public const int LastError = 2000;
        public const int UnsubscribeUrl = 500;
    }

    public static class School
    {
        public const int Name = 150;
        public const int District = 150;
        public const int Address = 300;
        public const int Grades = 50;
        public const int ContactName = FieldLengths.PersonName;
        public const int ContactEmail = FieldLengths.Email;
        public const int ContactPhone = FieldLengths.Phone;
    }

    public static class PresentationRequest
    {
        public const int ReferenceCode = FieldLengths.ReferenceCode;
        public const int IdempotencyKey = FieldLengths.IdempotencyKey;
        public const int RequesterName = FieldLengths.PersonName;
        public const int RequesterRole = 100;
        public const int RequesterEmail = FieldLengths.Email;
        public const int RequesterPhone = FieldLengths.Phone;
        public const int UserId = FieldLengths.UserId;
        public const int OrganizationName = 150;
        public const int Topics = 300;
        public const int TopicOther = 200;
        public const int GradeLevels = 100;
        public const int Location = 300;
        public const int Parking = 300;
        public const int Greeter = 150;
        public const int OnSitePhone = FieldLengths.Phone;
        public const int Notes = 2000;
        public const int DeclineReason = 1000;
        public const int CompletionNotes = 2000;
    }

    public static class PresentationMessage
    {
        public const int Body = 2000;
        public const int AuthorId = FieldLengths.UserId;
    }

    public static class BookableResource
    {
        public const int UserId = FieldLengths.UserId;
        public const int CalendarToken = 64;
    }

    public static class Appearance
    {
        public const int Location = 300;
    }

    public static class Problem
    {
        public const int Title = 150;
        public const int Summary = 4000;
        public const int Location = 200;
        public const int OwnerId = FieldLengths.UserId;
        public const int Offender = 1000;
        public const int OffenderHandler = 1000;
        public const int VictimOrTarget = 1000;
        public const int VictimGuardian = 1000;
        public const int Place = 1000;
        public const int PlaceManager = 1000;
        public const int AnalysisNotes = 4000;
        public const int ResponsePlan = 4000;
        public const int AssessmentNotes = 4000;
    }

    public static class ProblemActionItem
    {
        public const int What = 500;
        public const int Owner = 150;
        public const int Outcome = 1000;
    }

    public static class LegalHold
    {
        public const int RecordId = 20;
        public const int PersonId = FieldLengths.UserId;
        public const int Reason = 1000;
        public const int PlacedById = FieldLengths.UserId;
        public const int ReleasedById = FieldLengths.UserId;
        public const int ReleaseReason = 1000;
    }

    public static class RetentionRun
    {
        public const int DayKey = 10;
        public const int Details = 4000;
    }

    public static class PreventionMessage
    {
        public const int TemplateKey = 40;
        public const int Subject = 150;
        public const int Body = 4000;
        public const int CreatedById = UserId;
        public const int ApprovedById = UserId;
    }

    public static class CrimeFlagEvent
    {
        public const int CreatedById = UserId;
    }
}
