using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samverka.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompensationInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CompensationChildren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Personnummer = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationChildren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationChildren_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationProviderApprovals",
                columns: table => new
                {
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprovedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccountKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationProviderApprovals", x => x.ProviderId);
                    table.ForeignKey(
                        name: "FK_CompensationProviderApprovals_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompensationProviderApprovals_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationRuleSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AgeRule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgeChangeMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Proration = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TransitionMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedForPayments = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationRuleSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationRuleSets_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationSettings",
                columns: table => new
                {
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DebtorAccountKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DebtorAccountNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DebtorBic = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    CostAccount = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CostAccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreditAccount = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreditAccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationSettings", x => x.MunicipalityId);
                    table.ForeignKey(
                        name: "FK_CompensationSettings_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermYears = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    RenewalYears = table.Column<int>(type: "INTEGER", nullable: false),
                    InvoiceEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    BuyerReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NoticeGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeDecision_Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NoticeDecision_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeDecision_Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NoticeDecision_Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareAgreements_Organisations_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterCareAgreements_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareCostWeights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SizeWeight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    UsageWeight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    Decision_Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Decision_Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision_Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Decision_Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareCostWeights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareCostWeights_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareInvoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreditsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareInvoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareInvoices_Organisations_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterCareInvoices_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareMemberKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Population = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    EnteredUsage = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareMemberKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareMemberKeys_Organisations_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterCareMemberKeys_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareUnitCosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CostType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareUnitCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareUnitCosts_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareUnitInvoicing",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bankgiro = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareUnitInvoicing", x => x.UnitId);
                    table.ForeignKey(
                        name: "FK_FosterCareUnitInvoicing_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterHomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptsSiblings = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxSiblingGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Competences = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StudyCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StudyAssessment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StudyDecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TrainingCourse = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TrainingSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterHomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterHomes_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterHomes_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrantProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantProgrammes_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationEnrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notice = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationEnrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationEnrollments_CompensationChildren_ChildId",
                        column: x => x.ChildId,
                        principalTable: "CompensationChildren",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompensationEnrollments_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationPaymentMonths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    RuleSetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationPaymentMonths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationPaymentMonths_CompensationRuleSets_RuleSetId",
                        column: x => x.RuleSetId,
                        principalTable: "CompensationRuleSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompensationPaymentMonths_Organisations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationRateVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleSetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationRateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationRateVersions_CompensationRuleSets_RuleSetId",
                        column: x => x.RuleSetId,
                        principalTable: "CompensationRuleSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FosterCareRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Siblings = table.Column<int>(type: "INTEGER", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WantedType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProposedHomeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterCareRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterCareRequests_FosterHomes_ProposedHomeId",
                        column: x => x.ProposedHomeId,
                        principalTable: "FosterHomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterCareRequests_Organisations_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterCareRequests_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FosterHomeAdults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Personnummer = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterHomeAdults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterHomeAdults_FosterHomes_HomeId",
                        column: x => x.HomeId,
                        principalTable: "FosterHomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FosterHomeSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterHomeSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterHomeSteps_FosterHomes_HomeId",
                        column: x => x.HomeId,
                        principalTable: "FosterHomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantLedgerEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RoundId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantLedgerEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantLedgerEntries_GrantProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "GrantProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrantProgrammeYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Pot = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    OpensAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PriorityAreas = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CapPerYear = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    MaxYears = table.Column<int>(type: "INTEGER", nullable: false),
                    DirectForms = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AfterAssessmentForms = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecisionBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposalMode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedByBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedByTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ClosedByDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantProgrammeYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantProgrammeYears_GrantProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "GrantProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompensationPaymentLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentMonthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RateFrom = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CorrectsLineId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationPaymentLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationPaymentLines_CompensationChildren_ChildId",
                        column: x => x.ChildId,
                        principalTable: "CompensationChildren",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompensationPaymentLines_CompensationPaymentLines_CorrectsLineId",
                        column: x => x.CorrectsLineId,
                        principalTable: "CompensationPaymentLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompensationPaymentLines_CompensationPaymentMonths_PaymentMonthId",
                        column: x => x.PaymentMonthId,
                        principalTable: "CompensationPaymentMonths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompensationPaymentLines_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompensationRateBands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Monthly = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompensationRateBands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompensationRateBands_CompensationRateVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "CompensationRateVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FosterPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HomeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChildRef = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChildName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildPersonnummer = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    ChildBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FosterPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FosterPlacements_FosterCareRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "FosterCareRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterPlacements_FosterHomes_HomeId",
                        column: x => x.HomeId,
                        principalTable: "FosterHomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterPlacements_Organisations_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FosterPlacements_Organisations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrantApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PriorityAreas = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Budget = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssessmentEligible = table.Column<bool>(type: "INTEGER", nullable: true),
                    AssessmentReasoning = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssessmentOfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssessmentOfficerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AssessmentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantApplications_GrantProgrammeYears_ProgrammeYearId",
                        column: x => x.ProgrammeYearId,
                        principalTable: "GrantProgrammeYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GrantApplications_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrantCriteria",
                columns: table => new
                {
                    ProgrammeYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantCriteria", x => new { x.ProgrammeYearId, x.Key });
                    table.ForeignKey(
                        name: "FK_GrantCriteria_GrantProgrammeYears_ProgrammeYearId",
                        column: x => x.ProgrammeYearId,
                        principalTable: "GrantProgrammeYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantApplicationAmounts",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantApplicationAmounts", x => new { x.ApplicationId, x.Kind, x.Year });
                    table.ForeignKey(
                        name: "FK_GrantApplicationAmounts_GrantApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "GrantApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantAttachments_GrantApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "GrantApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantConflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Declared = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantConflicts_GrantApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "GrantApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CriterionKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantScores_GrantApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "GrantApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompensationChildren_MunicipalityId_Key",
                table: "CompensationChildren",
                columns: new[] { "MunicipalityId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompensationEnrollments_ChildId",
                table: "CompensationEnrollments",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationEnrollments_ProviderId",
                table: "CompensationEnrollments",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationPaymentLines_ChildId",
                table: "CompensationPaymentLines",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationPaymentLines_CorrectsLineId",
                table: "CompensationPaymentLines",
                column: "CorrectsLineId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationPaymentLines_PaymentMonthId",
                table: "CompensationPaymentLines",
                column: "PaymentMonthId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationPaymentLines_ProviderId",
                table: "CompensationPaymentLines",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationPaymentMonths_MunicipalityId_Month",
                table: "CompensationPaymentMonths",
                columns: new[] { "MunicipalityId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompensationPaymentMonths_RuleSetId",
                table: "CompensationPaymentMonths",
                column: "RuleSetId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationProviderApprovals_MunicipalityId",
                table: "CompensationProviderApprovals",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationRateBands_VersionId",
                table: "CompensationRateBands",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CompensationRateVersions_RuleSetId_From",
                table: "CompensationRateVersions",
                columns: new[] { "RuleSetId", "From" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompensationRuleSets_MunicipalityId_Name",
                table: "CompensationRuleSets",
                columns: new[] { "MunicipalityId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareAgreements_MemberId",
                table: "FosterCareAgreements",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareAgreements_UnitId_MemberId",
                table: "FosterCareAgreements",
                columns: new[] { "UnitId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareCostWeights_UnitId_EffectiveFrom",
                table: "FosterCareCostWeights",
                columns: new[] { "UnitId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareInvoices_MemberId",
                table: "FosterCareInvoices",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareInvoices_UnitId_Number",
                table: "FosterCareInvoices",
                columns: new[] { "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareInvoices_UnitId_Period_MemberId",
                table: "FosterCareInvoices",
                columns: new[] { "UnitId", "Period", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareMemberKeys_MemberId",
                table: "FosterCareMemberKeys",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareMemberKeys_UnitId_Period_MemberId",
                table: "FosterCareMemberKeys",
                columns: new[] { "UnitId", "Period", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareRequests_MemberId",
                table: "FosterCareRequests",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareRequests_ProposedHomeId",
                table: "FosterCareRequests",
                column: "ProposedHomeId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareRequests_UnitId_MemberId",
                table: "FosterCareRequests",
                columns: new[] { "UnitId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_FosterCareUnitCosts_UnitId_Period_Basis_CostType",
                table: "FosterCareUnitCosts",
                columns: new[] { "UnitId", "Period", "Basis", "CostType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterHomeAdults_HomeId",
                table: "FosterHomeAdults",
                column: "HomeId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterHomes_MunicipalityId",
                table: "FosterHomes",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterHomes_UnitId_Code",
                table: "FosterHomes",
                columns: new[] { "UnitId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterHomeSteps_HomeId_Sequence",
                table: "FosterHomeSteps",
                columns: new[] { "HomeId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FosterPlacements_HomeId",
                table: "FosterPlacements",
                column: "HomeId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterPlacements_MemberId",
                table: "FosterPlacements",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterPlacements_RequestId",
                table: "FosterPlacements",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_FosterPlacements_UnitId_MemberId",
                table: "FosterPlacements",
                columns: new[] { "UnitId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplications_OrganisationId",
                table: "GrantApplications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_GrantApplications_ProgrammeYearId_Number",
                table: "GrantApplications",
                columns: new[] { "ProgrammeYearId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantAttachments_ApplicationId",
                table: "GrantAttachments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_GrantConflicts_ApplicationId_OfficerId",
                table: "GrantConflicts",
                columns: new[] { "ApplicationId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantLedgerEntries_ProgrammeId_Sequence",
                table: "GrantLedgerEntries",
                columns: new[] { "ProgrammeId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantProgrammes_Key",
                table: "GrantProgrammes",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantProgrammes_OwnerOrganisationId",
                table: "GrantProgrammes",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_GrantProgrammeYears_ProgrammeId_Year",
                table: "GrantProgrammeYears",
                columns: new[] { "ProgrammeId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantScores_ApplicationId_OfficerId_CriterionKey",
                table: "GrantScores",
                columns: new[] { "ApplicationId", "OfficerId", "CriterionKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompensationEnrollments");

            migrationBuilder.DropTable(
                name: "CompensationPaymentLines");

            migrationBuilder.DropTable(
                name: "CompensationProviderApprovals");

            migrationBuilder.DropTable(
                name: "CompensationRateBands");

            migrationBuilder.DropTable(
                name: "CompensationSettings");

            migrationBuilder.DropTable(
                name: "FosterCareAgreements");

            migrationBuilder.DropTable(
                name: "FosterCareCostWeights");

            migrationBuilder.DropTable(
                name: "FosterCareInvoices");

            migrationBuilder.DropTable(
                name: "FosterCareMemberKeys");

            migrationBuilder.DropTable(
                name: "FosterCareUnitCosts");

            migrationBuilder.DropTable(
                name: "FosterCareUnitInvoicing");

            migrationBuilder.DropTable(
                name: "FosterHomeAdults");

            migrationBuilder.DropTable(
                name: "FosterHomeSteps");

            migrationBuilder.DropTable(
                name: "FosterPlacements");

            migrationBuilder.DropTable(
                name: "GrantApplicationAmounts");

            migrationBuilder.DropTable(
                name: "GrantAttachments");

            migrationBuilder.DropTable(
                name: "GrantConflicts");

            migrationBuilder.DropTable(
                name: "GrantCriteria");

            migrationBuilder.DropTable(
                name: "GrantLedgerEntries");

            migrationBuilder.DropTable(
                name: "GrantScores");

            migrationBuilder.DropTable(
                name: "CompensationChildren");

            migrationBuilder.DropTable(
                name: "CompensationPaymentMonths");

            migrationBuilder.DropTable(
                name: "CompensationRateVersions");

            migrationBuilder.DropTable(
                name: "FosterCareRequests");

            migrationBuilder.DropTable(
                name: "GrantApplications");

            migrationBuilder.DropTable(
                name: "CompensationRuleSets");

            migrationBuilder.DropTable(
                name: "FosterHomes");

            migrationBuilder.DropTable(
                name: "GrantProgrammeYears");

            migrationBuilder.DropTable(
                name: "GrantProgrammes");
        }
    }
}
