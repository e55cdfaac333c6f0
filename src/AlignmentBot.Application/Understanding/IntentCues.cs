using AlignmentBot.Conversations.Understanding;

namespace AlignmentBot.Application.Understanding;

/// <summary>
/// Words and phrases that point to an intent. They are features, not rules: the classifier learns how much each
/// cue counts, so a cue for one intent can be outweighed ("accept the proposed lead agreement" is about the SLA).
/// With a few dozen examples per intent, these carry what the examples alone cannot teach.
/// </summary>
public static class IntentCues
{
    public const string Category = "cue";

    private static readonly (string Intent, string[] Phrases)[] Cues =
    [
        ("status", ["working", "scorecard", "score card", "status", "on track", "off track", "at risk", "progress", "how are we doing", "where we stand", "where are we", "where we are", "tracking",
            "dashboard", "performing", "performance", "doing anything", "delivering", "numbers say", "worth what we pay", "results", "hitting our numbers", "closer to", "update", "report card", "how did marketing do", "scoreboard", "score board"]),
        ("define_goal", ["goal", "objective", "aim for", "we need", "need more", "we want", "i want", "wants revenue", "should deliver", "set a", "make a goal", "new goal", "get to", "lets get to",
            "define", "set an objective", "target for", "target:", "should be to", "way more", "bring in more"]),
        ("run_numbers", ["realistic", "realistically", "achievable", "feasible", "feasibility", "possible", "doable", "what would it take", "how many", "do the math", "run the numbers", "the numbers on",
            "sanity check", "mean for", "need for", "is it", "can we actually", "could marketing", "what funnel", "would we need", "do we need", "check if"]),
        ("log_request", ["request", "asked", "asks", "ask", "wants a", "wants us", "wants new", "wants custom", "wants an", "log it", "log that", "please log", "log a", "track a", "needs it", "need them", "due",
            "brochure", "deck", "slides", "swag", "landing page", "one pager", "video", "press release", "case study", "booth", "tagline", "blog posts", "website", "logos", "banner", "newsletter",
            "battlecards", "put this on", "asap", "analysis", "report for", "ad in", "sponsor", "translate", "needs a", "needs an", "needs new", "needs us", "sheet", "one-pager", "flyer",
            "datasheet", "leave-behind", "paid social", "paid search", "ads", "sponsored", "boost the", "promo", "caught me", "grabbed me", "pinged me", "battlecard"]),
        ("lead_feedback", ["reject", "rejected", "rejecting", "accept lead", "accepted the", "accepting it", "disqualify", "bad lead", "good one", "junk", "garbage", "bad fit", "duplicate", "wrong contact",
            "wrong contacts", "decision maker", "too small", "no budget", "no money", "not in market", "student", "competitor", "unreachable", "bounced", "left the company", "wrong region", "wrong industry",
            "flag lead", "mark lead", "take lead", "lead from", "this lead", "that lead", "the lead", "lead feedback", "any good", "leads from the", "not now", "wrong fit", "looks great"]),
        ("sla", ["sla", "service level", "agreement", "lead agreement", "commit", "committed", "promised", "follow up", "follow-up", "compliance", "terms", "renegotiate", "signs off", "sign off", "approve",
            "confirm", "confirmed", "agree", "agreed", "formalise", "formalize", "make it official", "sends us", "call every lead back", "call each lead back"]),
        ("check_in", ["this week", "last week", "this month", "last month", "this weeks", "checking in", "check in", "we got", "we had", "generated", "came in", "count", "record",
            "averaged", "closed", "won", "booked", "so far", "was", "were", "for the week of", "this quarter is", "ended the month", "here are", "numbers for"]),
        ("overlap", ["overlap", "overlapping", "same accounts", "same people", "same buyers", "target accounts", "target list", "abm", "abm list", "territory", "circles of doom", "engaged with",
            "cover", "coverage", "reaching", "in front of", "different companies", "chasing", "missing", "accounts see", "sales accounts", "top accounts", "target different"]),
        ("budget", ["budget", "spend", "spending", "spent", "invest", "investment", "underinvesting", "of revenue", "cfo", "peers", "too little", "too high", "enough on marketing", "marketing gets",
            "percentage of revenue", "benchmark our", "4-8", "overspending", "overspend", "overspent", "over budget", "too much on marketing"]),
        ("digest", ["digest", "summary", "weekly report", "every monday", "every tuesday", "every friday", "every week", "post the", "post a", "this channel", "channels", "subscribe", "unsubscribe",
            "resend", "preview", "turn off", "pause", "holiday", "holidays", "every two weeks", "every other", "send me the", "send the", "sundays", "thursdays", "mondays", "digest time", "skip", "week starts"]),
        ("help", ["help", "what can you do", "how does this work", "hi", "hello", "hey", "good morning", "commands", "who are you", "what is alignmentbot", "examples", "options", "menu", "instructions",
            "getting started", "where do i start", "explain what you do", "about yourself", "new here", "how do i use", "don't understand", "what kind of questions", "what's up",
            "capabilities", "features", "tutorial", "guide", "can you help", "how do you work", "what are you", "intro", "introduce yourself"]),
        ("none", ["weather", "joke", "pizza", "lunch", "dinner", "vacation", "payroll", "laptop", "password", "wifi", "vpn", "flight", "hotel", "restaurant", "movie", "movies", "music",
            "podcast", "song", "alarm", "calendar invite", "meeting room", "parking", "printer", "print", "pdf", "expense report", "expenses", "jira", "it ticket", "ticket", "hr", "office",
            "desk", "coffee", "lights", "dentist", "doctor", "stock price", "capital of", "president of", "translate", "poem", "game last night", "holiday schedule", "on call"]),
        ("sync", ["sync", "sync now", "sync status", "resync", "crm sync", "sync the crm", "hubspot sync", "salesforce sync", "last sync", "connect hubspot", "connect salesforce", "connect our hubspot", "crm mapping", "sync mapping", "lifecycle stages", "lead statuses"]),
        ("audit", ["what changed", "who changed", "changes since", "changed since", "change log", "changelog", "audit", "audit trail", "audit log", "change history",
            "history of changes", "who edited", "who modified", "who updated", "who touched", "who moved", "who deleted", "who stopped", "who undid", "recent changes",
            "what's changed", "has changed", "what's different", "recent edits", "did anyone change", "did people change"]),
        ("export", ["export", "csv", "spreadsheet", "excel", "download", "as a file", "as a csv", "in a file", "dump"]),
        ("forget", ["forget me", "my data", "personal data", "my personal", "right to be forgotten", "gdpr", "erase", "everything about me", "forget @", "forget <@", "forget <at>"]),
        ("cancel", ["cancel", "stop", "never mind", "nevermind", "forget it", "forget about it", "start over", "quit", "abort", "exit", "changed my mind", "scrap", "reset", "undo", "restart",
            "from scratch", "leave this", "drop it", "nope", "oops", "wrong thing", "start again", "stop asking"]),
    ];

    public static IEnumerable<LexiconEntry> Entries()
        => Cues.SelectMany(c => c.Phrases.Select(p => new LexiconEntry(p, Category, c.Intent)));
}
