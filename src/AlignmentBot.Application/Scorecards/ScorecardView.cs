using AlignmentBot.Domain.Scorecards;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Scorecards;

public sealed record ScorecardView(Workspace? Workspace, Scorecard Scorecard, string Currency);
