using System.Globalization;
using System.Text.RegularExpressions;
using AlignmentBot.Domain.Common;
using AlignmentBot.Domain.Digests;

namespace AlignmentBot.Domain.Workspaces;

/// <summary>
/// The settings an admin may change, read from plain words ("EUR", "€40M", "April", "Sun-Thu") and applied to a
/// workspace. Pure: a bad value gives a specific error and the workspace unchanged.
/// </summary>
public static partial class WorkspaceSettings
{
    public const string Name = "name";
    public const string Currency = "currency";
    public const string Industry = "industry";
    public const string Region = "region";
    public const string FiscalYearStart = "fiscal-year-start";
    public const string WorkWeek = "work-week";
    public const string TimeZone = "time-zone";
    public const string AnnualRevenue = "annual-revenue";

    /// <summary>Every key, in the order settings are shown.</summary>
    public static readonly IReadOnlyList<string> Keys = [Name, Currency, Industry, Region, FiscalYearStart, WorkWeek, TimeZone, AnnualRevenue];

    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    /// <summary>The key a word or phrase names ("company name", "fiscal year", "timezone", "revenue"), or null.</summary>
    public static string? KeyFor(string words)
    {
        // "fiscal yr" is the fiscal year, as "fy" is.
        var w = Regex.Replace(Regex.Replace(words.Trim().ToLowerInvariant(), @"[\s_]+", " ").Replace('-', ' '), @"\byr\b", "year");

        // "our total yearly revenue", "overall annual revenue": the total is the revenue the setting holds.
        w = Regex.Replace(w, @"^(?:total|overall|entire|whole)\s+(?=(?:annual|yearly|company|revenue)\b)", string.Empty);
        return w switch
        {
            "name" or "company name" or "company" or "workspace name" => Name,
            "currency" => Currency,
            "industry" or "sector" => Industry,
            "region" => Region,
            "fiscal year start" or "fiscal year" or "fiscal year starts" or "financial year" or "financial year start" or "fy start" or "fy" => FiscalYearStart,
            "work week" or "working week" or "workweek" or "working days" or "work days" => WorkWeek,
            "time zone" or "timezone" or "default time zone" or "tz" => TimeZone,
            "annual revenue" or "total annual revenue" or "total revenue" or "yearly revenue" or "revenue" or "company revenue" => AnnualRevenue,
            _ => null,
        };
    }

    public static string Label(string key) => key switch
    {
        Name => "Company name",
        Currency => "Currency",
        Industry => "Industry",
        Region => "Region",
        FiscalYearStart => "Fiscal year starts",
        WorkWeek => "Work week",
        TimeZone => "Default time zone",
        AnnualRevenue => "Total annual revenue",
        _ => key,
    };

    /// <summary>The setting's value as a reader sees it.</summary>
    public static string Show(Workspace w, string key) => key switch
    {
        Name => w.Name,
        Currency => w.Currency,
        Industry => w.Industry == Workspaces.Industry.Unknown ? "not set" : w.Industry.ToString(),
        Region => w.Region == Workspaces.Region.Unknown ? "not set" : w.Region.ToString(),
        FiscalYearStart => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(w.FiscalYearStartMonth),
        WorkWeek => w.WorkWeek,
        TimeZone => w.TimeZone,
        AnnualRevenue => w.AnnualRevenue is { } r ? Formatting.Money(r, w.Currency) : "not set (the budget band needs it)",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    /// <summary>Applies one setting; on a bad value returns the reason and leaves the workspace as it was.</summary>
    public static SettingChange Set(Workspace w, string key, string value)
    {
        var v = value.Trim().Trim('"', '\'', '.', '!');
        if (v.Length == 0)
        {
            return SettingChange.Fail($"{Label(key)} needs a value.");
        }

        return key switch
        {
            Name => v.Length > 80 ? SettingChange.Fail("A company name is at most 80 characters.") : SettingChange.To(w with { Name = v }),
            Currency => CurrencyCode(v) is { } code ? SettingChange.To(w with { Currency = code })
                : SettingChange.Fail($"\"{v}\" is not a currency I know; give a three-letter code such as USD, EUR or GBP."),
            Industry => IndustryOf(v) is { } industry ? SettingChange.To(w with { Industry = industry })
                : SettingChange.Fail($"\"{v}\" is not an industry I know; choose Technology, Manufacturing, FinancialServices or Other."),
            Region => RegionOf(v) is { } region ? SettingChange.To(w with { Region = region })
                : SettingChange.Fail($"\"{v}\" is not a region I know; choose NorthAmerica, LatinAmerica, AsiaPacific or Emea."),
            FiscalYearStart => MonthOf(v) is { } month ? SettingChange.To(w with { FiscalYearStartMonth = month })
                : SettingChange.Fail($"\"{v}\" is not a month; say the month the fiscal year starts in, e.g. April."),
            WorkWeek => WorkWeekOf(v) is { } week ? SettingChange.To(w with { WorkWeek = week.Text, WeekStart = week.First })
                : SettingChange.Fail($"\"{v}\" is not a work week; give the first and last working day, e.g. Mon-Fri or Sun-Thu."),
            TimeZone => DigestTimeZones.TryFind(v, out var zone) ? SettingChange.To(w with { TimeZone = zone.Id })
                : SettingChange.Fail($"\"{v}\" is not a time zone I know; give an IANA name such as Europe/Berlin or America/New_York."),
            AnnualRevenue => Revenue(w, v),
            _ => SettingChange.Fail($"There is no setting called \"{key}\". Settings: {string.Join(", ", Keys)}."),
        };
    }

    /// <summary>The last day of fiscal quarter <paramref name="quarter"/> (1–4): the next one ending on or after <paramref name="today"/>.</summary>
    public static DateOnly FiscalQuarterEnd(int quarter, int fiscalYearStartMonth, DateOnly today)
    {
        // The fiscal year containing today starts in the latest start month on or before today.
        var start = new DateOnly(today.Year, fiscalYearStartMonth, 1);
        if (start > today)
        {
            start = start.AddYears(-1);
        }

        var end = start.AddMonths(3 * quarter).AddDays(-1);
        return end < today ? end.AddYears(1) : end;
    }

    private static SettingChange Revenue(Workspace w, string v)
    {
        // "12 million dollars", "40 million euros", "9m pounds sterling": the currency said as a word is its code.
        v = CurrencyWordAfter().Replace(v, m => " " + CurrencyCode(m.Groups["w"].Value.ToLowerInvariant() switch
        {
            "us dollars" or "us dollar" or "dollar" or "dollars" or "bucks" => "USD",
            "euro" or "euros" => "EUR",
            _ => "GBP",
        }));
        var m = RevenueAmount().Match(v.Replace(",", string.Empty, StringComparison.Ordinal));
        if (!m.Success || !decimal.TryParse(m.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return SettingChange.Fail($"\"{v}\" is not an amount; say it like €40M, $12,000,000 or 2.5 billion.");
        }

        amount *= m.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "k" or "thousand" => 1_000m,
            "m" or "mm" or "million" => 1_000_000m,
            "b" or "bn" or "billion" => 1_000_000_000m,
            _ => 1m,
        };
        var said = m.Groups["sym"].Success && m.Groups["sym"].Length > 0 ? CurrencyCode(m.Groups["sym"].Value)
            : m.Groups["code"].Success && m.Groups["code"].Length > 0 ? CurrencyCode(m.Groups["code"].Value) : null;
        if (said is not null && !string.Equals(said, w.Currency, StringComparison.Ordinal))
        {
            return SettingChange.Fail($"That amount is in {said}, but the workspace currency is {w.Currency}. Set the currency to {said} first, or give the revenue in {w.Currency}.");
        }

        return SettingChange.To(w with { AnnualRevenue = amount });
    }

    public static string? CurrencyCode(string text) => text.Trim().ToLowerInvariant() switch
    {
        "$" or "usd" or "dollar" or "dollars" or "us dollars" or "us dollar" => "USD",
        "€" or "eur" or "euro" or "euros" => "EUR",
        "£" or "gbp" or "pound" or "pounds" or "sterling" or "pounds sterling" or "pound sterling" or "british pound" or "british pounds" or "uk pounds" => "GBP",
        "¥" or "jpy" or "yen" => "JPY",
        "₹" or "inr" or "rupee" or "rupees" => "INR",
        var t when t.Length == 3 && t.All(char.IsAsciiLetter) => t.ToUpperInvariant(),
        _ => null,
    };

    private static Industry? IndustryOf(string text) => Regex.Replace(text.ToLowerInvariant(), @"[\s_-]+", " ") switch
    {
        "technology" or "tech" or "software" or "saas" or "it" or "b2b saas" => Workspaces.Industry.Technology,
        "manufacturing" or "manufacturer" or "industrial" or "industrials" => Workspaces.Industry.Manufacturing,
        "financialservices" or "financial services" or "financial" or "finance" or "fintech" or "banking" or "insurance" => Workspaces.Industry.FinancialServices,
        "other" => Workspaces.Industry.Other,
        _ => null,
    };

    private static Region? RegionOf(string text) => Regex.Replace(text.ToLowerInvariant(), @"[\s_-]+", " ") switch
    {
        "northamerica" or "north america" or "na" or "us" or "usa" or "united states" or "canada" => Workspaces.Region.NorthAmerica,
        "latinamerica" or "latin america" or "latam" or "south america" => Workspaces.Region.LatinAmerica,
        "asiapacific" or "asia pacific" or "apac" or "asia" or "australia" => Workspaces.Region.AsiaPacific,
        "emea" or "europe" or "eu" or "uk" or "middle east" or "africa" => Workspaces.Region.Emea,
        _ => null,
    };

    private static int? MonthOf(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(t, names[i], StringComparison.OrdinalIgnoreCase) || (t.Length >= 3 && names[i].StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static (string Text, DayOfWeek First)? WorkWeekOf(string text)
    {
        var m = WorkWeekRange().Match(text.Trim());
        if (!m.Success || DayOf(m.Groups["from"].Value) is not { } from || DayOf(m.Groups["to"].Value) is not { } to || from == to)
        {
            return null;
        }

        return ($"{DayNames[(int)from]}-{DayNames[(int)to]}", from);
    }

    private static DayOfWeek? DayOf(string text)
    {
        for (var i = 0; i < 7; i++)
        {
            if (text.StartsWith(DayNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)i;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<sym>[$€£¥₹])?\s*(?<n>\d+(?:\.\d+)?)\s*(?<scale>k|m|mm|b|bn|thousand|million|billion)?\s*(?<code>[A-Za-z]{3})?(?:\s+(?:a|per)\s+year|\s+annually|\s+yearly)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RevenueAmount();

    [GeneratedRegex(@"\s*\b(?<w>us\s+dollars?|dollars?|bucks|euros?|pounds?(?:\s+sterling)?|quid|sterling)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyWordAfter();

    [GeneratedRegex(@"^(?<from>[A-Za-z]{3,9})\s*(?:-|–|to|through|thru)\s*(?<to>[A-Za-z]{3,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkWeekRange();
}
