using AlignmentBot.Domain.Leads;

namespace AlignmentBot.Domain.Tests.Leads;

public class RejectionReasonsTests
{
    [Theory]
    [InlineData("no budjet", RejectionReason.NoBudget)]
    [InlineData("duplcate", RejectionReason.Duplicate)]
    [InlineData("they r already in our pipeline from the partner deal", RejectionReason.Duplicate)]
    [InlineData("already in the pipe as an open opp", RejectionReason.Duplicate)]
    [InlineData("wrong contakt", RejectionReason.WrongContact)]
    [InlineData("they have no budget until Q3", RejectionReason.NoBudget)]
    [InlineData("Too expensive for them", RejectionReason.NoBudget)]
    [InlineData("dupe of lead 123", RejectionReason.Duplicate)]
    [InlineData("Already in Salesforce", RejectionReason.Duplicate)]
    [InlineData("existing customer, talk to CS", RejectionReason.Duplicate)]
    [InlineData("not the decision maker", RejectionReason.WrongContact)]
    [InlineData("email bounced", RejectionReason.WrongContact)]
    [InlineData("she left the company", RejectionReason.WrongContact)]
    [InlineData("student doing research", RejectionReason.NotInMarket)]
    [InlineData("Not ready to buy, maybe next year", RejectionReason.NotInMarket)]
    [InlineData("just downloaded the ebook, not looking", RejectionReason.NotInMarket)]
    [InlineData("too small for us", RejectionReason.WrongFit)]
    [InlineData("competitor fishing for info", RejectionReason.WrongFit)]
    [InlineData("outside our ICP", RejectionReason.WrongFit)]
    [InlineData("asdf", RejectionReason.Other)]
    // A wrong fit in the person's own words: what the company is has nothing to do with what we sell.
    [InlineData("they make frozen pizza lol, nothing to do with what we sell", RejectionReason.WrongFit)]
    // Round 29 (conv97): a student alone is the wrong contact; a company's trade said with "literally"; a need we cannot meet.
    [InlineData("nope on 1237, student", RejectionReason.WrongContact)]
    [InlineData("student contact, reject", RejectionReason.WrongContact)]
    [InlineData("relecloud foods is a no, they literally make frozen pizza lol", RejectionReason.WrongFit)]
    [InlineData("1155 no go, they need it on-prem and we only do cloud", RejectionReason.WrongFit)]
    [InlineData("they sell dog food, not relevant to us at all", RejectionReason.WrongFit)]
    [InlineData("it's a two person shop, way outside who we sell to", RejectionReason.WrongFit)]
    [InlineData("a hair salon?? they'd have no use for our platform", RejectionReason.WrongFit)]
    [InlineData("Relecloud Foods makes frozen ready meals, nothing we'd ever sell into", RejectionReason.WrongFit)]
    [InlineData("a dental clinic, we don't sell to them", RejectionReason.WrongFit)]
    [InlineData("telecom isn't our market", RejectionReason.WrongFit)]
    [InlineData("totally irrelevant, it's a school bake sale", RejectionReason.WrongFit)]
    // No money in other words (set 7: "their spend is frozen until Q3, CFO said no to everything").
    [InlineData("their spend is frozen until Q3, CFO said no to everything", RejectionReason.NoBudget)]
    [InlineData("all spending is on hold till Q2, the CFO cut everything", RejectionReason.NoBudget)]
    [InlineData("hiring freeze and cost cutting over there", RejectionReason.NoBudget)]
    [InlineData("they're broke lol", RejectionReason.NoBudget)]
    // Who the contact is, said outright (set 7: "it's a uni and the contact is a phd student lol").
    [InlineData("Blue Yonder - it's a uni and the contact is a phd student lol. reject", RejectionReason.WrongContact)]
    [InlineData("it's a school and the person is a teaching assistant", RejectionReason.WrongContact)]
    [InlineData("the contact's a receptionist, no say at all", RejectionReason.WrongContact)]
    [InlineData("whoever filled in the form is a student", RejectionReason.WrongContact)]
    // A need we cannot meet is a wrong fit; the clearer clues still win ("they need it cheaper" is money).
    [InlineData("they need an on-prem version and we're cloud only", RejectionReason.WrongFit)]
    [InlineData("they want a SAP integration we don't have", RejectionReason.WrongFit)]
    [InlineData("product gap, they're after a mobile app", RejectionReason.WrongFit)]
    [InlineData("they're asking for hebrew support which we don't offer", RejectionReason.WrongFit)]
    [InlineData("they need it cheaper, the price is too high for them", RejectionReason.NoBudget)]
    [InlineData("they don't need anything until next year", RejectionReason.NotInMarket)]
    public void Normalize_RealisticSalesPhrasing_MapsToReason(string text, RejectionReason expected)
    {
        Assert.Equal(expected, RejectionReasons.Normalize(text));
    }

    [Theory]
    [InlineData("nah, this one's a student, wrong contact", RejectionReason.WrongContact)]
    [InlineData("only asked about pricing, wrong fit", RejectionReason.WrongFit)]
    [InlineData("competitor doing research, wrong fit", RejectionReason.WrongFit)]
    [InlineData("student project, dupe", RejectionReason.Duplicate)]
    [InlineData("wrong contact and no budget either", RejectionReason.NoBudget)]
    // No money said outright names the reason; "kicking tyres", "browsing" only describe them (set 7).
    [InlineData("Initech are just kicking tyres, no money, pass", RejectionReason.NoBudget)]
    [InlineData("Vandelay are just browsing, zero budget, pass", RejectionReason.NoBudget)]
    [InlineData("student project, no cash either", RejectionReason.NoBudget)]
    [InlineData("the contact is keen but the budget is frozen", RejectionReason.NoBudget)]
    public void Normalize_AReasonNamedOutright_WinsOverAClueForAnother(string text, RejectionReason expected)
    {
        // The last case names two reasons, so neither wins outright: the usual order decides.
        Assert.Equal(expected, RejectionReasons.Normalize(text));
    }

    [Theory]
    [InlineData("no_budget", RejectionReason.NoBudget)]
    [InlineData("WrongFit", RejectionReason.WrongFit)]
    [InlineData("not in market", RejectionReason.NotInMarket)]
    [InlineData("wrong contact", RejectionReason.WrongContact)]
    [InlineData("other", RejectionReason.Other)]
    public void Normalize_ReasonNames_AreTakenAsIs(string text, RejectionReason expected)
    {
        Assert.Equal(expected, RejectionReasons.Normalize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Normalize_NoText_IsOther(string? text)
    {
        Assert.Equal(RejectionReason.Other, RejectionReasons.Normalize(text));
    }

    [Theory]
    [InlineData("duplicate, and they had no budget anyway", RejectionReason.Duplicate)] // duplicate is checked first
    [InlineData("not the decision maker and no budget", RejectionReason.NoBudget)]     // budget before contact
    [InlineData("wrong contact at a bad fit company", RejectionReason.WrongContact)]  // contact before fit
    [InlineData("not in the market right now", RejectionReason.NotInMarket)]          // not "market" as in wrong market
    [InlineData("not our market", RejectionReason.WrongFit)]
    public void Normalize_SeveralReasonsMentioned_FollowsPrecedence(string text, RejectionReason expected)
    {
        Assert.Equal(expected, RejectionReasons.Normalize(text));
    }

    [Theory]
    [InlineData("international distributor, wrong region", RejectionReason.WrongFit)]  // "intern" is a job, not part of "international"
    [InlineData("internal IT team, wrong segment", RejectionReason.WrongFit)]
    [InlineData("the intern filled in the form", RejectionReason.WrongContact)]
    [InlineData("form filled in by an intern.", RejectionReason.WrongContact)]
    [InlineData("no longer interested", RejectionReason.NotInMarket)]                 // not "no longer (at the company)"
    public void Normalize_WordsInsideOtherWords_DoNotMisfire(string text, RejectionReason expected)
    {
        Assert.Equal(expected, RejectionReasons.Normalize(text));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("42")]
    [InlineData("-1")]
    public void Normalize_BareNumber_IsOtherNotAnEnumIndex(string text)
    {
        // A rep answering "3" must not become reason #3, and "42" must not become an undefined reason.
        Assert.Equal(RejectionReason.Other, RejectionReasons.Normalize(text));
    }

    [Fact]
    public void Normalize_TwoReasonNamesWithComma_IsOneOfThemNotTheirBitwiseOr()
    {
        // "wrong fit, wrong contact" once parsed as WrongFit | WrongContact = 1 | 2 = 3 = Duplicate.
        // Rule order decides instead: wrong contact is checked before wrong fit.
        Assert.Equal(RejectionReason.WrongContact, RejectionReasons.Normalize("wrong fit, wrong contact"));
        Assert.True(Enum.IsDefined(RejectionReasons.Normalize("not in market, wrong contact")));
    }

    [Theory]
    [InlineData(RejectionReason.NoBudget, "no budget")]
    [InlineData(RejectionReason.WrongFit, "wrong fit")]
    [InlineData(RejectionReason.WrongContact, "wrong contact")]
    [InlineData(RejectionReason.Duplicate, "duplicate")]
    [InlineData(RejectionReason.NotInMarket, "not in market")]
    [InlineData(RejectionReason.Other, "other")]
    public void Label_EveryReason_RoundTripsThroughNormalize(RejectionReason reason, string label)
    {
        Assert.Equal(label, RejectionReasons.Label(reason));
        Assert.Equal(reason, RejectionReasons.Normalize(label));
    }

    // Told: a reason said outright or as a story; a single word that only hints is none (table lead-reason-told).
    [Theory]
    [InlineData("the guy's a receptionist, no say in buying", RejectionReason.WrongContact)]
    [InlineData("their spend is frozen, CFO said no", RejectionReason.NoBudget)]
    [InlineData("way outside who we sell to", RejectionReason.WrongFit)]
    [InlineData("they have budget now", null)]
    [InlineData("spoke to the contact today, going well", null)]
    [InlineData("they're a great fit", null)]
    [InlineData("what counts as a duplicate?", null)]
    public void Told_OnlyAReasonSaidOutrightOrAsAStory(string text, RejectionReason? expected)
        => Assert.Equal(expected, RejectionReasons.Told(text));
}
