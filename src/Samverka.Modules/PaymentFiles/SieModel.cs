using Samverka.Kernel;

namespace Samverka.Modules.PaymentFiles;

/// <summary>An account in the chart of accounts (<c>#KONTO</c>), e.g. 4590 "Övriga bidrag".</summary>
/// <param name="Number">Digits only, as the accounting system numbers its accounts.</param>
/// <param name="Name">The account's name.</param>
public sealed record SieAccount(string Number, string Name);

/// <summary>A dimension for objects (<c>#DIM</c>), e.g. 1 "Ansvar", 6 "Projekt".</summary>
/// <param name="Number">SIE reserves 1-19 for agreed meanings (1 cost centre, 2 cost unit, 6 project); 20 and up are free.</param>
/// <param name="Name">The dimension's name.</param>
public sealed record SieDimension(int Number, string Name);

/// <summary>An object in a dimension (<c>#OBJEKT</c>), e.g. dimension 1, object "4100" "Förskola".</summary>
/// <param name="Dimension">The dimension number.</param>
/// <param name="Id">The object's code in that dimension.</param>
/// <param name="Name">The object's name.</param>
public sealed record SieObject(int Dimension, string Id, string Name);

/// <summary>A reference from a transaction row to an object: <c>{1 "4100"}</c>.</summary>
/// <param name="Dimension">The dimension number.</param>
/// <param name="Id">The object's code in that dimension.</param>
public sealed record SieObjectRef(int Dimension, string Id);

/// <summary>One row of a voucher (<c>#TRANS</c>): debit when positive, credit when negative.</summary>
/// <param name="Account">The account number.</param>
/// <param name="Objects">The objects the row is coded to (may be empty).</param>
/// <param name="Amount">Whole öre; positive is debit.</param>
/// <param name="Date">The row's date when it differs from, or should be stated beside, the voucher's.</param>
/// <param name="Text">The row's text, or null.</param>
public sealed record SieTransaction(string Account, IReadOnlyList<SieObjectRef> Objects, Money Amount, DateOnly? Date = null, string? Text = null);

/// <summary>A voucher (<c>#VER</c>): rows that together sum to zero.</summary>
/// <param name="Series">The voucher series, e.g. "A"; the receiving system decides what series mean.</param>
/// <param name="Number">The voucher number, or null to let the receiving system number it (written as <c>""</c>).</param>
/// <param name="Date">The voucher date.</param>
/// <param name="Text">What the voucher is.</param>
/// <param name="Transactions">The rows.</param>
public sealed record SieVoucher(string Series, int? Number, DateOnly Date, string Text, IReadOnlyList<SieTransaction> Transactions)
{
    /// <summary>The sum of the rows; zero for a balanced voucher.</summary>
    public Money Balance => Money.Sum(Transactions.Select(t => t.Amount));

    /// <summary>Whether the rows sum to zero, as every voucher must.</summary>
    public bool IsBalanced => Balance == Money.Zero;
}

/// <summary>What an SIE 4I file (vouchers for import into the accounting system) is written from.</summary>
/// <param name="ProgramVersion">Samverka's version, for <c>#PROGRAM "Samverka" version</c>.</param>
/// <param name="GeneratedOn">The file's date (<c>#GEN</c>); a parameter, not the clock.</param>
/// <param name="OrganisationNumber">The organisation whose books receive the vouchers (<c>#ORGNR</c>).</param>
/// <param name="CompanyName">Its name (<c>#FNAMN</c>).</param>
/// <param name="FiscalYearStart">First day of the fiscal year the vouchers belong to (<c>#RAR 0</c>).</param>
/// <param name="FiscalYearEnd">Last day of that fiscal year, inclusive.</param>
/// <param name="Accounts">Names for the accounts; each account a voucher uses must be here.</param>
/// <param name="Dimensions">Names for the dimensions; each dimension a row uses must be here.</param>
/// <param name="Objects">Names for the objects; each object a row uses must be here.</param>
/// <param name="Vouchers">The vouchers, each balanced and dated in the fiscal year.</param>
public sealed record SieExport(
    string ProgramVersion,
    DateOnly GeneratedOn,
    Organisationsnummer OrganisationNumber,
    string CompanyName,
    DateOnly FiscalYearStart,
    DateOnly FiscalYearEnd,
    IReadOnlyList<SieAccount> Accounts,
    IReadOnlyList<SieDimension> Dimensions,
    IReadOnlyList<SieObject> Objects,
    IReadOnlyList<SieVoucher> Vouchers);

/// <summary>An SIE file as read: what Samverka's tests and imports need, kept as written.</summary>
/// <param name="Flag">The <c>#FLAGGA</c> value, or null when missing.</param>
/// <param name="ProgramName">The <c>#PROGRAM</c> name.</param>
/// <param name="ProgramVersion">The <c>#PROGRAM</c> version.</param>
/// <param name="Format">The <c>#FORMAT</c> value (<c>PC8</c>).</param>
/// <param name="GeneratedOn">The <c>#GEN</c> date.</param>
/// <param name="SieType">The <c>#SIETYP</c> value.</param>
/// <param name="OrganisationNumber">The <c>#ORGNR</c> text as written (not checked: other systems write it in many ways).</param>
/// <param name="CompanyName">The <c>#FNAMN</c> value.</param>
/// <param name="FiscalYears">The <c>#RAR</c> rows: index (0 = current, -1 = previous), first and last day.</param>
/// <param name="Accounts">The <c>#KONTO</c> rows.</param>
/// <param name="Dimensions">The <c>#DIM</c> rows.</param>
/// <param name="Objects">The <c>#OBJEKT</c> rows.</param>
/// <param name="Vouchers">The <c>#VER</c> blocks with their <c>#TRANS</c> rows.</param>
public sealed record SieFile(
    int? Flag,
    string? ProgramName,
    string? ProgramVersion,
    string? Format,
    DateOnly? GeneratedOn,
    int? SieType,
    string? OrganisationNumber,
    string? CompanyName,
    IReadOnlyList<SieFiscalYear> FiscalYears,
    IReadOnlyList<SieAccount> Accounts,
    IReadOnlyList<SieDimension> Dimensions,
    IReadOnlyList<SieObject> Objects,
    IReadOnlyList<SieVoucher> Vouchers);

/// <summary>A fiscal year as <c>#RAR</c> states it.</summary>
/// <param name="Index">0 for the current year, -1 for the one before, and so on.</param>
/// <param name="Start">First day, or null when the file leaves it out.</param>
/// <param name="End">Last day (inclusive), or null when the file leaves it out.</param>
public sealed record SieFiscalYear(int Index, DateOnly? Start, DateOnly? End);
