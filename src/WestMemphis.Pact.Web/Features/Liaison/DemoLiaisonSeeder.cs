using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WestMemphis.Pact.Data;
using WestMemphis.Pact.Domain;
using WestMemphis.Pact.Domain.Liaison;
using WestMemphis.Pact.Web.Infrastructure.Database;

namespace WestMemphis.Pact.Web.Features.Liaison;

/// <summary>
/// Demo field work (Development with Seed:DemoData only): street ranges on real West Memphis street names for
/// the five wards (the split between wards is invented), the demo officers assigned to the focus areas, a dozen
/// congregations with clergy, partners of every kind and a few months of contact logs with open, overdue and
/// closed follow-ups. People are invented. Runs once: skipped when any street range exists.
/// </summary>
public sealed class DemoLiaisonSeeder(AppDbContext db, IOptions<SeedOptions> seed, IHostEnvironment environment, TimeProvider clock, ILogger<DemoLiaisonSeeder> logger)
{
    // (ward code, street, from, to, parity)
    public static readonly IReadOnlyList<(string Ward, string Street, int From, int To, HouseNumberParity Parity)> Streets =
    [
        ("W1", "N Avalon St", 100, 2999, HouseNumberParity.Both),
        ("W1", "W Broadway Ave", 100, 1999, HouseNumberParity.Both),
        ("W1", "N Ingram Blvd", 100, 1999, HouseNumberParity.Odd),
        ("W1", "Dover Rd", 100, 1999, HouseNumberParity.Both),
        ("W1", "Goodwin Ave", 100, 1999, HouseNumberParity.Both),
        ("W2", "N Missouri St", 100, 2999, HouseNumberParity.Both),
        ("W2", "E Broadway Ave", 100, 1999, HouseNumberParity.Both),
        ("W2", "E Barton Ave", 100, 1999, HouseNumberParity.Both),
        ("W2", "N 7th St", 100, 1999, HouseNumberParity.Both),
        ("W2", "Redding St", 100, 999, HouseNumberParity.Both),
        ("W3", "S Avalon St", 100, 1999, HouseNumberParity.Both),
        ("W3", "S 8th St", 100, 1999, HouseNumberParity.Both),
        ("W3", "S 7th St", 100, 1999, HouseNumberParity.Both),
        ("W3", "Polk Ave", 100, 1999, HouseNumberParity.Both),
        ("W3", "Jackson Ave", 100, 999, HouseNumberParity.Both),
        ("W4", "S Ingram Blvd", 100, 2999, HouseNumberParity.Both),
        ("W4", "N Ingram Blvd", 100, 1999, HouseNumberParity.Even),
        ("W4", "W Barton Ave", 100, 1999, HouseNumberParity.Both),
        ("W4", "McAuley Dr", 100, 1999, HouseNumberParity.Both),
        ("W4", "Jackson Ave", 1000, 2999, HouseNumberParity.Both),
        ("W5", "S Missouri St", 100, 3999, HouseNumberParity.Both),
        ("W5", "Thompson Ave", 100, 1999, HouseNumberParity.Both),
        ("W5", "Harrison St", 100, 1999, HouseNumberParity.Both),
        ("W5", "Balfour Ave", 100, 1999, HouseNumberParity.Both),
        ("W5", "Friars Point Rd", 100, 2999, HouseNumberParity.Both),
    ];

    private static readonly (string Name, string Denomination, string Address)[] DemoCongregations =
    [
        ("Greater New Hope Missionary Baptist Church", "Baptist", "1410 N Missouri St"),
        ("Mount Olive Church of God in Christ", "Church of God in Christ", "620 E Barton Ave"),
        ("Riverside Fellowship", "Non-denominational", "2200 S Missouri St"),
        ("St. Michael Catholic Church", "Catholic", "1200 N Avalon St"),
        ("First Methodist Church (demo)", "Methodist", "300 W Broadway Ave"),
        ("Bethel AME Church", "African Methodist Episcopal", "415 Polk Ave"),
        ("Calvary Baptist Church (demo)", "Baptist", "905 S Ingram Blvd"),
        ("New Life Pentecostal Church", "Pentecostal", "1108 Thompson Ave"),
        ("Grace Presbyterian Church (demo)", "Presbyterian", "700 Goodwin Ave"),
        ("Holy Spirit Lutheran Church (demo)", "Lutheran", "512 McAuley Dr"),
        ("Iglesia Bautista Nueva Esperanza", "Baptist", "318 S 8th St"),
        ("Masjid Al-Noor West Memphis (demo)", "Muslim", "1620 Harrison St"),
    ];

    private static readonly (string Name, PartnerKind Kind, string Contact, string Services, string[] Wards)[] DemoPartners =
    [
        ("Crittenden County Sheriff's Office (PJA)", PartnerKind.JointAgency, "Lt. Dana Whitfield", "Joint patrols, warrant service, shared intelligence on repeat locations.", []),
        ("Arkansas Community Correction, West Memphis office", PartnerKind.JointAgency, "Officer Renee Castleberry", "Probation and parole checks with liaison officers.", ["W2", "W5"]),
        ("Mid-South Help Network", PartnerKind.PrivateHelpGroup, "Curtis Ballard", "Food boxes, utility help, referrals.", ["W2", "W3"]),
        ("Keep West Memphis Beautiful", PartnerKind.Nonprofit, "Audrey Pennington", "Cleanups, tire amnesty, litter crews.", []),
        ("Broadway Street Merchants", PartnerKind.Business, "Victor Lowery", "Business checks, camera sharing, event sponsorship.", ["W1", "W2"]),
        ("West Memphis School District", PartnerKind.School, "Principal Gail Norwood", "School presentations, Rusty the Crime Dog visits, truancy follow-up.", []),
        ("Crittenden County Ministerial Alliance", PartnerKind.FaithBased, "Rev. Harold Simms", "Faith & Blue, clergy coordination, pastoral care after incidents.", []),
        ("City of West Memphis Code Enforcement", PartnerKind.Government, "Inspector Lorna Haskins", "Blight, abandoned property and illegal dumping referrals.", []),
        ("Hope Park Neighborhood Association", PartnerKind.NeighborhoodAssociation, "Betty Crawford", "Monthly meetings, National Night Out block parties.", ["W3"]),
        ("Riverside Neighborhood Watch", PartnerKind.WatchGroup, "Marcus Tillman", "Neighborhood watch patrols, porch-light campaign.", ["W5"]),
    ];

    private static readonly string[] ClergyFirst = ["Harold", "Denise", "Calvin", "Lorraine", "Terrence", "Bernice", "Raymond", "Angela", "Otis", "Yvonne", "Samuel", "Miriam"];
    private static readonly string[] ClergyLast = ["Simms", "Whitaker", "Gaines", "Holloway", "Mabry", "Tate", "Kirkland", "Ruffin", "Spears", "Burris", "Okafor", "Haddad"];

    public bool Enabled => environment.IsDevelopment() && seed.Value.DemoData;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled || await db.StreetRanges.AnyAsync(cancellationToken))
        {
            return;
        }

        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, cancellationToken);
        if (!Streets.All(s => areas.ContainsKey(s.Ward)))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = CentralTimeZone.Today(clock);
        foreach (var (ward, street, from, to, parity) in Streets)
        {
            var key = AddressNormalizer.NormalizeStreet(street)!;
            db.StreetRanges.Add(new StreetRange
            {
                AreaId = areas[ward].Id,
                StreetName = street,
                Directional = key.Directional,
                NameKey = key.Name,
                Suffix = key.Suffix,
                FromNumber = from,
                ToNumber = to,
                Parity = parity,
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        var officers = await db.Users.Where(u => u.IsDemo && u.Email!.StartsWith("officer")).OrderBy(u => u.Email).ToListAsync(cancellationToken);
        if (officers.Count == 0)
        {
            logger.LogInformation("Demo street ranges seeded; no demo officers, so no assignments or contacts");
            return;
        }

        // Each focus area gets an officer; the first officer's earlier assignment to Ward 1 has ended (history).
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-5);
        var plan = new (int Officer, string Ward, DateOnly Start, DateOnly? End, int Hours)[]
        {
            (0, "W1", start.AddMonths(-6), start.AddDays(-1), 10),
            (0, "W2", start, null, 12),
            (0, "W3", start, null, 8),
            (1 % officers.Count, "W5", start, null, 16),
            (1 % officers.Count, "W4", start.AddMonths(1), null, 4),
        };
        foreach (var (o, ward, s, e, hours) in plan)
        {
            db.LiaisonAssignments.Add(new LiaisonAssignment { OfficerId = officers[o].Id, AreaId = areas[ward].Id, StartDate = s, EndDate = e, WeeklyHours = hours, CreatedUtc = now });
        }

        var random = new Random(2026);
        var streetAreas = Streets.ToList();
        var congregations = new List<Congregation>();
        for (var i = 0; i < DemoCongregations.Length; i++)
        {
            var (name, denomination, address) = DemoCongregations[i];
            var located = StreetRangeMatcher.Match(AddressNormalizer.Normalize(address), await db.StreetRanges.AsNoTracking().ToListAsync(cancellationToken));
            var c = new Congregation
            {
                Name = name,
                Denomination = denomination,
                Address = address,
                AreaId = located.AreaId,
                Phone = $"870-555-{1100 + i:0000}",
                IsDemo = true,
                Notes = i % 3 == 0 ? "Fellowship hall available for town hall meetings." : null,
            };
            c.Clergy.Add(new Clergy
            {
                Name = $"{ClergyFirst[i]} {ClergyLast[i]}",
                Title = i % 4 == 3 ? "Rev." : "Pastor",
                Phone = $"870-555-{1200 + i:0000}",
                Email = $"{ClergyFirst[i].ToLowerInvariant()}.{ClergyLast[i].ToLowerInvariant()}@example.org",
                PreferredContact = (PreferredContact)(i % 4),
            });
            if (i % 2 == 0)
            {
                c.Clergy.Add(new Clergy { Name = $"{ClergyFirst[(i + 5) % 12]} {ClergyLast[(i + 7) % 12]}", Title = "Deacon", Phone = $"870-555-{1300 + i:0000}", PreferredContact = PreferredContact.Text });
            }

            if (i % 3 == 0)
            {
                c.Assessments.Add(new SecurityAssessment
                {
                    Date = today.AddDays(-30 - (i * 7)),
                    OfficerId = officers[i % officers.Count].Id,
                    Attendance = 80 + (i * 25),
                    YouthPrograms = true,
                    Daycare = i % 2 == 0,
                    Cameras = i % 2 == 1,
                    Alarm = true,
                    AccessControl = false,
                    SecurityTeam = i > 5,
                    Recommendations = "Lock side doors during services; add a camera over the parking lot; train greeters on the emergency plan.",
                    FollowUpDate = today.AddDays(30 - i),
                });
            }

            congregations.Add(c);
            db.Congregations.Add(c);
        }

        var partners = new List<PartnerOrganization>();
        foreach (var (name, kind, contact, services, wards) in DemoPartners)
        {
            var p = new PartnerOrganization
            {
                Name = name,
                Kind = kind,
                ContactName = contact,
                ContactPhone = $"870-555-{1400 + partners.Count:0000}",
                Services = services,
                IsActive = true,
                AgreementDate = kind == PartnerKind.JointAgency ? start.AddMonths(-12) : null,
                IsDemo = true,
            };
            p.AreasServed.AddRange(wards.Select(w => new PartnerArea { AreaId = areas[w].Id }));
            partners.Add(p);
            db.PartnerOrganizations.Add(p);
        }

        await db.SaveChangesAsync(cancellationToken);

        var purposes = new Dictionary<ContactKind, string[]>
        {
            [ContactKind.ChurchVisit] = ["Sunday greeting and introductions", "Safety talk after a car break-in in the lot", "Planning Faith & Blue weekend"],
            [ContactKind.ClergyMeeting] = ["Ministerial alliance monthly meeting", "Pastor asked about youth night security"],
            [ContactKind.PartnerMeeting] = ["Food box distribution planning", "Camera-sharing sign-up"],
            [ContactKind.PjaCoordination] = ["Joint patrol plan for the weekend", "Repeat-location review with the sheriff's office"],
            [ContactKind.BusinessCheck] = ["Business check on Broadway", "Owner reported loitering after closing"],
            [ContactKind.SchoolVisit] = ["Lunch with students", "Truancy follow-up with the principal"],
            [ContactKind.CommunityContact] = ["Porch talk with neighbors", "Resident asked about speeding on their street"],
            [ContactKind.ParkAndWalk] = ["Park and Walk with neighbors"],
            [ContactKind.Cleanup] = ["Illegal dumping site cleanup"],
        };
        var followUps = new[] { "Send the pastor the security checklist", "Ask code enforcement about the vacant house next door", "Bring Rusty to the youth night",
            "Share the joint patrol schedule", "Call back about the streetlight", "Deliver porch-light flyers" };
        var assigned = plan.Where(p => p.End is null).ToList();
        for (var day = 150; day >= 1; day -= 3)
        {
            var when = now.AddDays(-day).Date.AddHours(15 + random.Next(0, 6));
            var (o, ward, _, _, _) = assigned[random.Next(assigned.Count)];
            var kind = (ContactKind)random.Next(0, 9);
            var congregation = kind is ContactKind.ChurchVisit or ContactKind.ClergyMeeting ? congregations[random.Next(congregations.Count)] : null;
            var partner = kind is ContactKind.PartnerMeeting or ContactKind.PjaCoordination or ContactKind.BusinessCheck ? partners[random.Next(partners.Count)] : null;
            var visitDay = DateOnly.FromDateTime(CentralTime.ToLocal(when));
            var hasFollowUp = random.Next(3) == 0;
            var closed = hasFollowUp && day > 20 && random.Next(3) != 0;
            db.ContactLogs.Add(new ContactLog
            {
                OfficerId = officers[o].Id,
                WhenUtc = when,
                Kind = kind,
                Category = (ContactCategory)random.Next(0, 3),
                CongregationId = congregation?.Id,
                ClergyId = congregation?.Clergy[0].Id,
                PartnerOrganizationId = partner?.Id,
                AreaId = congregation?.AreaId ?? areas[ward].Id,
                Purpose = purposes[kind][random.Next(purposes[kind].Length)],
                Notes = "Demo notes: who was there, what was said, what we agreed.",
                PositiveContacts = random.Next(1, 40),
                FollowUp = hasFollowUp ? followUps[random.Next(followUps.Length)] : null,
                FollowUpOwnerId = hasFollowUp ? officers[o].Id : null,
                FollowUpDue = hasFollowUp ? visitDay.AddDays(14) : null,
                FollowUpClosedUtc = closed ? when.AddDays(10) : null,
                FollowUpOutcome = closed ? "Done; they were grateful for the call." : null,
                CreatedUtc = when,
                IsDemo = true,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo field work seeded: {Streets} street ranges, {Congregations} congregations, {Partners} partners", Streets.Count, congregations.Count, partners.Count);
    }
}
