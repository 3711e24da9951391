using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Web.Infrastructure.Security;

namespace WestMemphis.Pact.Web.Features.Directories;

/// <summary>
/// /manage/partners: partner organizations (PJA, help groups, businesses, associations…). One file per use case in
/// this folder (ListPartners.cs, PartnerDetails.cs, EditPartner.cs), each with what it shows or takes.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[Route("manage/partners")]
public sealed partial class PartnersController : Controller
{
    // A field, not a primary-constructor parameter: the use-case files are other parts of this class.
    private readonly AppDbContext db;

    public PartnersController(AppDbContext db) => this.db = db;
}
