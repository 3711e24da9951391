using WestMemphis.Pact.Domain;

namespace WestMemphis.Pact.IntegrationTests.Security;

/// <summary>Who may reach each endpoint. Every endpoint the app maps must be listed here.</summary>
public enum Access
{
    /// <summary>Everyone, signed in or not.</summary>
    Anonymous,

    /// <summary>Any signed-in account.</summary>
    SignedIn,

    Resident,

    /// <summary>Coordinators and admins.</summary>
    Coordinator,

    /// <summary>Liaison officers and admins.</summary>
    Officer,

    /// <summary>Coordinators, officers and admins.</summary>
    Staff,

    Admin,
}

public static class AccessMatrix
{
    /// <summary>"METHOD route-template" → who may call it.</summary>
    public static readonly IReadOnlyDictionary<string, Access> Endpoints = new Dictionary<string, Access>
    {
        // Public pages
        ["GET /"] = Access.Anonymous,
        ["GET about"] = Access.Anonymous,
        ["GET about/results"] = Access.Anonymous,
        ["GET accessibility"] = Access.Anonymous,
        ["GET privacy"] = Access.Anonymous,
        ["* /health"] = Access.Anonymous,
        ["* error"] = Access.Anonymous,
        ["* error/{code:int}"] = Access.Anonymous,
        ["* {*path:nonfile}"] = Access.Anonymous,
        ["GET {**path:file}"] = Access.Anonymous, // static files (front-end assets)
        ["HEAD {**path:file}"] = Access.Anonymous,

        // Accounts
        ["GET Account/Register"] = Access.Anonymous,
        ["POST Account/Register"] = Access.Anonymous,
        ["GET Account/RegisterConfirmation"] = Access.Anonymous,
        ["GET Account/ConfirmEmail"] = Access.Anonymous,
        ["GET Account/ResendConfirmation"] = Access.Anonymous,
        ["POST Account/ResendConfirmation"] = Access.Anonymous,
        ["GET Account/Login"] = Access.Anonymous,
        ["POST Account/Login"] = Access.Anonymous,
        ["POST Account/Logout"] = Access.SignedIn,
        ["POST Account/KeepAlive"] = Access.SignedIn,
        ["GET Account/Lockout"] = Access.Anonymous,
        ["GET Account/AccessDenied"] = Access.Anonymous,
        ["GET Account/ForgotPassword"] = Access.Anonymous,
        ["POST Account/ForgotPassword"] = Access.Anonymous,
        ["GET Account/ForgotPasswordConfirmation"] = Access.Anonymous,
        ["GET Account/ResetPassword"] = Access.Anonymous,
        ["POST Account/ResetPassword"] = Access.Anonymous,
        ["GET Account/Manage"] = Access.SignedIn,
        ["POST Account/Manage"] = Access.SignedIn,
        ["GET Account/ChangePassword"] = Access.SignedIn,
        ["POST Account/ChangePassword"] = Access.SignedIn,
        ["GET Account/TwoFactor"] = Access.SignedIn,
        ["POST Account/TwoFactor/Enable"] = Access.SignedIn,
        ["POST Account/TwoFactor/RecoveryCodes"] = Access.SignedIn,
        ["POST Account/TwoFactor/Disable"] = Access.SignedIn,
        ["POST Account/TwoFactor/ResetAuthenticator"] = Access.SignedIn,
        ["GET Account/LoginWith2fa"] = Access.Anonymous,
        ["POST Account/LoginWith2fa"] = Access.Anonymous,
        ["GET Account/LoginWithRecoveryCode"] = Access.Anonymous,
        ["POST Account/LoginWithRecoveryCode"] = Access.Anonymous,

        // Events (public)
        ["GET events"] = Access.Anonymous,
        ["GET events/calendar.ics"] = Access.Anonymous,
        ["GET events/{id:int}.ics"] = Access.Anonymous,
        ["GET events/{id:int}/{slug?}"] = Access.Anonymous,
        ["GET volunteer"] = Access.Anonymous,
        ["GET my/calendar/{token}.ics"] = Access.Anonymous, // a secret, revocable address is the credential

        // A minor's parent or guardian: no account, the link's secret (in the address, or posted from the page) is the credential
        ["GET guardian/{token}"] = Access.Anonymous,
        ["GET guardian/{token}/withdraw"] = Access.Anonymous, // the confirmation page; changes nothing
        ["POST guardian/consent"] = Access.Anonymous,
        ["POST guardian/decline"] = Access.Anonymous,
        ["POST guardian/withdraw"] = Access.Anonymous,

        // Volunteering (residents, their own records only)
        ["GET volunteer/profile"] = Access.Resident,
        ["POST volunteer/profile"] = Access.Resident,
        ["POST volunteer/profile/guardian/resend"] = Access.Resident, // the minor's own guardian only
        ["GET shifts/{id:int}/signup"] = Access.Resident, // shows the shift and a button; never signs up
        ["POST shifts/{id:int}/signup"] = Access.Resident,
        ["GET signups/{id:long}/cancel"] = Access.Resident,
        ["POST signups/{id:long}/cancel"] = Access.Resident,
        ["GET signups/{id:long}/cancelled"] = Access.Resident,
        ["POST signups/{id:long}/undo"] = Access.Resident,
        ["GET my"] = Access.Resident,
        ["GET my/hours.csv"] = Access.Resident,
        ["GET my/letters"] = Access.Resident,
        ["POST my/letters"] = Access.Resident,
        ["GET my/letters/{id:int}"] = Access.Resident, // own letters only: another's id answers 404
        ["POST my/letters/{id:int}/withdraw"] = Access.Resident, // own letters only
        ["GET my/follows"] = Access.Resident,
        ["POST my/follows"] = Access.Resident,
        ["POST my/follows/{id:int}/delete"] = Access.Resident,
        ["POST my/follows/{id:int}/digest"] = Access.Resident,
        ["POST my/calendar"] = Access.Resident,
        ["POST my/calendar/revoke"] = Access.Resident,
        ["GET my/data"] = Access.Resident,
        ["GET my/data.json"] = Access.Resident,
        ["GET my/data.csv"] = Access.Resident,
        ["GET my/data/close"] = Access.Resident,
        ["POST my/data/close"] = Access.Resident,
        ["GET my/data/closed"] = Access.Anonymous, // the page after closing: the person is signed out by then

        // Managing events and volunteers (Coordinator)
        ["GET manage/events"] = Access.Coordinator,
        ["GET manage/events/new"] = Access.Coordinator,
        ["POST manage/events/new"] = Access.Coordinator,
        ["GET manage/events/{id:int}"] = Access.Coordinator,
        ["GET manage/events/{id:int}/edit"] = Access.Coordinator,
        ["POST manage/events/{id:int}/edit"] = Access.Coordinator,
        ["GET manage/events/{id:int}/cancel"] = Access.Coordinator,
        ["POST manage/events/{id:int}/cancel"] = Access.Coordinator,
        ["POST manage/events/{id:int}/publish"] = Access.Coordinator,
        ["POST manage/events/{id:int}/complete"] = Access.Coordinator,
        ["POST manage/events/{id:int}/delete"] = Access.Coordinator,
        ["POST manage/events/{id:int}/duplicate"] = Access.Coordinator,
        ["GET manage/events/{id:int}/message"] = Access.Coordinator,
        ["POST manage/events/{id:int}/message"] = Access.Coordinator,
        ["GET manage/events/{id:int}/results"] = Access.Coordinator,
        ["POST manage/events/{id:int}/results"] = Access.Coordinator,
        ["GET manage/events/{id:int}/roster.csv"] = Access.Coordinator,
        ["GET manage/events/{id:int}/shifts/new"] = Access.Coordinator,
        ["POST manage/events/{id:int}/shifts/new"] = Access.Coordinator,
        ["GET manage/shifts/{id:int}/edit"] = Access.Coordinator,
        ["POST manage/shifts/{id:int}/edit"] = Access.Coordinator,
        ["GET manage/shifts/{id:int}/roster"] = Access.Coordinator,
        ["POST manage/shifts/{id:int}/add"] = Access.Coordinator,
        ["POST manage/signups/{id:long}/checkin"] = Access.Coordinator,
        ["POST manage/signups/{id:long}/checkout"] = Access.Coordinator,
        ["POST manage/signups/{id:long}/hours"] = Access.Coordinator,
        ["POST manage/signups/{id:long}/noshow"] = Access.Coordinator,
        ["POST manage/signups/{id:long}/remove"] = Access.Coordinator,
        ["GET manage/volunteers"] = Access.Coordinator,
        ["GET manage/volunteers.csv"] = Access.Coordinator,
        ["GET manage/volunteers/{id}"] = Access.Coordinator,
        ["POST manage/volunteers/{id}/background-check"] = Access.Coordinator,
        ["POST manage/volunteers/{id}/guardian/resend"] = Access.Coordinator,

        // Areas and liaison officers (public), liaison field work (Officer), directories (Staff), areas and assignments (Admin)
        ["GET areas"] = Access.Anonymous,
        ["GET areas/find"] = Access.Anonymous,
        ["GET areas/{area}"] = Access.Anonymous,
        ["GET areas/{area}/follow"] = Access.Anonymous,
        ["POST areas/{area}/follow"] = Access.Anonymous,
        ["GET areas/follow/confirm/{token}"] = Access.Anonymous,
        ["POST areas/follow/confirm/{token}"] = Access.Anonymous,
        ["GET areas/follow/stop/{token}"] = Access.Anonymous,
        ["POST areas/follow/stop/{token}"] = Access.Anonymous,
        ["POST areas/follow/stop/{token}/one-click"] = Access.Anonymous, // RFC 8058 one-click: no antiforgery token (docs/decisions/0023)
        ["GET liaison"] = Access.Officer,
        ["GET liaison/contacts"] = Access.Officer,
        ["GET liaison/contacts/new"] = Access.Officer,
        ["POST liaison/contacts/new"] = Access.Officer,
        ["GET liaison/contacts/{id:int}"] = Access.Officer,
        ["GET liaison/contacts/{id:int}/edit"] = Access.Officer,
        ["POST liaison/contacts/{id:int}/edit"] = Access.Officer,
        ["GET liaison/followups"] = Access.Officer,
        ["POST liaison/followups/{id:int}/close"] = Access.Officer,
        ["GET liaison/areas/{id:int}"] = Access.Officer,
        ["GET liaison/contacts.csv"] = Access.Officer,
        ["GET liaison/report"] = Access.Officer,
        ["GET liaison/report.csv"] = Access.Officer,
        ["GET manage/congregations"] = Access.Staff,
        ["GET manage/congregations.csv"] = Access.Staff,
        ["GET manage/congregations/new"] = Access.Staff,
        ["POST manage/congregations/new"] = Access.Staff,
        ["GET manage/congregations/{id:int}"] = Access.Staff,
        ["GET manage/congregations/{id:int}/edit"] = Access.Staff,
        ["POST manage/congregations/{id:int}/edit"] = Access.Staff,
        ["POST manage/congregations/{id:int}/clergy"] = Access.Staff,
        ["GET manage/congregations/{id:int}/assessments/new"] = Access.Staff,
        ["POST manage/congregations/{id:int}/assessments/new"] = Access.Staff,
        ["GET manage/congregations/import"] = Access.Staff,
        ["POST manage/congregations/import"] = Access.Staff,
        ["POST manage/congregations/import/apply"] = Access.Staff,
        // Crime data import (issue 10).
        ["GET crime/import"] = Access.Officer,
        ["POST crime/import"] = Access.Officer,
        ["GET crime/import/preview/{token}"] = Access.Officer,
        ["POST crime/import/preview/{token}"] = Access.Officer,
        ["GET crime/import/{id:long}"] = Access.Officer,
        ["GET crime/import/{id:long}/progress.json"] = Access.Officer,
        ["GET crime/import/{id:long}/rejected.csv"] = Access.Officer,
        ["GET crime/import/map/{token}"] = Access.Officer,
        ["POST crime/import/map/{token}"] = Access.Officer,
        ["GET crime/offense-mappings"] = Access.Officer,
        ["POST crime/offense-mappings"] = Access.Admin,
        ["GET crime/offense-mappings/{id:int}"] = Access.Admin,
        ["POST crime/offense-mappings/{id:int}"] = Access.Admin,
        ["POST crime/offense-mappings/{id:int}/delete"] = Access.Admin,
        ["GET crime/area-mappings"] = Access.Admin,
        ["POST crime/area-mappings"] = Access.Admin,
        ["GET crime/area-mappings/{id:int}"] = Access.Admin,
        ["POST crime/area-mappings/{id:int}"] = Access.Admin,
        ["POST crime/area-mappings/{id:int}/delete"] = Access.Admin,
        ["GET crime/offense-types"] = Access.Admin,
        ["POST crime/offense-types/{code}/publish"] = Access.Admin,
        ["POST crime/offense-types/groups/{key}/publish"] = Access.Admin,
        ["GET manage/partners"] = Access.Staff,
        ["GET manage/partners.csv"] = Access.Staff,
        ["GET manage/partners/import"] = Access.Staff,
        ["POST manage/partners/import"] = Access.Staff,
        ["POST manage/partners/import/apply"] = Access.Staff,
        ["GET manage/partners/new"] = Access.Staff,
        ["POST manage/partners/new"] = Access.Staff,
        ["GET manage/partners/{id:int}"] = Access.Staff,
        ["GET manage/partners/{id:int}/edit"] = Access.Staff,
        ["POST manage/partners/{id:int}/edit"] = Access.Staff,
        ["GET admin/areas"] = Access.Admin,
        ["GET admin/areas/new"] = Access.Admin,
        ["POST admin/areas/new"] = Access.Admin,
        ["GET admin/areas/{id:int}"] = Access.Admin,
        ["POST admin/areas/{id:int}"] = Access.Admin,
        ["POST admin/areas/{id:int}/streets"] = Access.Admin,
        ["POST admin/areas/{id:int}/streets/{rangeId:int}/delete"] = Access.Admin,
        ["GET admin/assignments"] = Access.Admin,
        ["POST admin/assignments"] = Access.Admin,
        ["POST admin/assignments/{id:int}/end"] = Access.Admin,
        // Presentations and appearances (public side)
        ["GET presentations/request"] = Access.Anonymous,
        ["POST presentations/request"] = Access.Anonymous,
        ["GET presentations/request/sent"] = Access.Anonymous,
        ["GET presentations/national-night-out"] = Access.Anonymous,
        ["POST presentations/national-night-out"] = Access.Anonymous,
        ["GET status"] = Access.Anonymous,
        ["GET verify"] = Access.Anonymous, // a letter of hours served, checked by its code under the look-up budget
        ["POST status"] = Access.Anonymous,
        ["GET status/{token}"] = Access.Anonymous,
        ["POST status/link/revoke"] = Access.Anonymous,

        // Presentations, appearances, calendar and schools (Coordinator)
        ["GET manage/presentations"] = Access.Coordinator,
        ["GET manage/presentations/national-night-out"] = Access.Coordinator,
        ["GET manage/presentations/{id:int}"] = Access.Coordinator,
        ["POST manage/presentations/{id:int}/review"] = Access.Coordinator,
        ["POST manage/presentations/{id:int}/message"] = Access.Coordinator,
        ["GET manage/presentations/{id:int}/decline"] = Access.Coordinator,
        ["POST manage/presentations/{id:int}/decline"] = Access.Coordinator,
        ["POST manage/presentations/{id:int}/complete"] = Access.Coordinator,
        ["POST manage/presentations/{id:int}/status-links/revoke"] = Access.Coordinator,
        ["GET manage/presentations/{id:int}/schedule"] = Access.Coordinator,
        ["POST manage/presentations/{id:int}/schedule"] = Access.Coordinator,
        ["GET manage/calendar"] = Access.Coordinator,
        ["GET manage/resources"] = Access.Coordinator,
        ["POST manage/resources"] = Access.Coordinator,
        ["POST manage/resources/calendar"] = Access.Coordinator,
        ["POST manage/resources/calendar/revoke"] = Access.Coordinator,
        ["GET appearances/{token}.ics"] = Access.Anonymous, // a secret, revocable address is the credential
        ["GET manage/schools"] = Access.Coordinator,
        ["GET manage/schools/new"] = Access.Coordinator,
        ["POST manage/schools/new"] = Access.Coordinator,
        ["GET manage/schools/{id:int}/edit"] = Access.Coordinator,
        ["POST manage/schools/{id:int}/edit"] = Access.Coordinator,

        // Feedback cards (issue 23): the three questions are anonymous and public; staff make and print the cards
        ["GET feedback/{code}"] = Access.Anonymous,
        ["POST feedback/{code}"] = Access.Anonymous,
        ["GET feedback/answer/{token}"] = Access.Anonymous,
        ["POST feedback/answer/{token}"] = Access.Anonymous,
        ["GET feedback/thanks"] = Access.Anonymous,
        ["GET manage/feedback"] = Access.Staff,
        ["POST manage/feedback"] = Access.Staff,
        ["GET manage/feedback/{id:int}/card"] = Access.Staff,
        ["GET manage/feedback/{id:int}/qr.svg"] = Access.Staff,
        ["POST manage/feedback/{id:int}/retire"] = Access.Staff,

        // Concerns (issue 11)
        ["GET concerns/new"] = Access.Anonymous,
        ["POST concerns/new"] = Access.Anonymous,
        ["GET concerns/sent"] = Access.Anonymous,
        // Public-records release copies: each kind keeps the policy of its record's own pages
        ["GET records/release/concern/{id:int}"] = Access.Staff,
        ["POST records/release/concern/{id:int}"] = Access.Staff,
        ["GET records/release/concern/{id:int}.csv"] = Access.Staff,
        ["GET records/release/contact/{id:int}"] = Access.Officer,
        ["POST records/release/contact/{id:int}"] = Access.Officer,
        ["GET records/release/contact/{id:int}.csv"] = Access.Officer,
        ["GET records/release/request/{id:int}"] = Access.Coordinator,
        ["POST records/release/request/{id:int}"] = Access.Coordinator,
        ["GET records/release/request/{id:int}.csv"] = Access.Coordinator,
        ["GET records/release/problem/{id:int}"] = Access.Staff,
        ["POST records/release/problem/{id:int}"] = Access.Staff,
        ["GET records/release/problem/{id:int}.csv"] = Access.Staff,
        ["GET records/release/review/{id:int}"] = Access.Officer,
        ["POST records/release/review/{id:int}"] = Access.Officer,
        ["GET records/release/review/{id:int}.csv"] = Access.Officer,

        ["GET concerns/manage"] = Access.Staff,
        ["GET concerns/manage/{id:int}"] = Access.Staff,
        ["POST concerns/manage/{id:int}/status"] = Access.Staff,
        ["POST concerns/manage/{id:int}/assign"] = Access.Staff,
        ["POST concerns/manage/{id:int}/updates"] = Access.Staff,
        ["POST concerns/manage/{id:int}/problem"] = Access.Staff,
        ["POST concerns/manage/{id:int}/area"] = Access.Staff,
        ["GET concerns/manage/{id:int}/photo"] = Access.Staff,
        ["GET concerns/manage/log"] = Access.Staff,
        ["POST concerns/manage/log"] = Access.Staff,
        ["GET problems"] = Access.Staff, // the coordinator reads problems; only officers and admins change them
        ["GET problems/new"] = Access.Officer,
        ["POST problems/new"] = Access.Officer,
        ["GET problems/{id:int}"] = Access.Staff,
        ["GET problems/{id:int}/edit"] = Access.Officer,
        ["POST problems/{id:int}/edit"] = Access.Officer,
        ["POST problems/{id:int}/stage"] = Access.Officer,
        ["POST problems/{id:int}/actions"] = Access.Officer,
        ["POST problems/{id:int}/actions/{itemId:int}"] = Access.Officer,
        ["POST problems/{id:int}/links"] = Access.Officer,
        ["POST problems/{id:int}/links/remove"] = Access.Officer,
        ["POST problems/{id:int}/assessment"] = Access.Officer,

        // Staff start page: each role's own work
        ["GET work"] = Access.Staff,

        // Engagement dashboard (Coordinator and Admin)
        ["GET dashboard"] = Access.Coordinator,
        ["GET dashboard/{table}.csv"] = Access.Coordinator,
        ["GET dashboard/report"] = Access.Coordinator,

        // Crime review (Officer), public crime summary
        ["GET crime"] = Access.Anonymous,
        ["GET crime/review"] = Access.Officer,
        ["GET crime/review/print"] = Access.Officer,
        ["GET crime/review.csv"] = Access.Officer,
        ["GET crime/incidents"] = Access.Officer,
        ["GET crime/incidents.csv"] = Access.Officer,
        ["GET crime/incidents/{id:long}"] = Access.Officer,
        ["GET crime/reviews"] = Access.Officer,
        ["GET crime/reviews/new"] = Access.Officer,
        ["POST crime/reviews/new"] = Access.Officer,
        ["GET crime/reviews/{id:int}"] = Access.Officer,
        ["POST crime/reviews/{id:int}/items"] = Access.Officer,
        ["POST crime/reviews/{id:int}/items/{itemId:int}/outcome"] = Access.Officer,

        // Admin
        ["GET admin/users"] = Access.Admin,
        ["GET admin/users/{id}"] = Access.Admin,
        ["GET admin/users/invite"] = Access.Admin,
        ["POST admin/users/invite"] = Access.Admin,
        ["POST admin/users/{id}/invite"] = Access.Admin,
        ["POST admin/users/{id}/roles"] = Access.Admin,
        ["POST admin/users/{id}/disable"] = Access.Admin,
        ["POST admin/users/{id}/unlock"] = Access.Admin,
        ["GET admin/audit"] = Access.Admin,
        ["GET admin/audit/export.csv"] = Access.Admin,
        ["GET admin/outbox"] = Access.Admin,
        ["GET admin/outbox/{id:long}"] = Access.Admin, // one message in full; every reveal is audited
        ["POST admin/outbox/{id:long}/retry"] = Access.Admin,
        ["GET admin/records"] = Access.Admin, // retention rules, legal holds, runs
        ["POST admin/records/holds"] = Access.Admin,
        ["POST admin/records/holds/{id:int}/release"] = Access.Admin,
    };

    public static bool Allows(Access access, string? role) => access switch
    {
        Access.Anonymous => true,
        Access.SignedIn => role is not null,
        Access.Resident => role == Roles.Resident,
        Access.Coordinator => role is Roles.Coordinator or Roles.Admin,
        Access.Officer => role is Roles.Officer or Roles.Admin,
        Access.Staff => role is Roles.Coordinator or Roles.Officer or Roles.Admin,
        Access.Admin => role == Roles.Admin,
        _ => false,
    };
}
