using AlignmentBot.Application.Privacy;

namespace AlignmentBot.Application.Tests.Privacy;

public sealed class ForgetTargetTests
{
    [Theory]
    [InlineData("forget me")]
    [InlineData("Please forget me.")]
    [InlineData("delete my personal data")]
    [InlineData("erase everything you know about me please")]
    [InlineData("I invoke my right to be forgotten")]
    public void Parse_AboutTheSpeaker_IsSelf(string text) => Assert.Equal(new ForgetTarget(true, null, false), ForgetTarget.Parse(text));

    [Theory]
    [InlineData("forget <@U07PRIYA>", "U07PRIYA", true)]
    [InlineData("forget <@U07PRIYA|priya>", "U07PRIYA", true)]
    [InlineData("forget <at>Priya Shah</at>", "Priya Shah", false)]
    [InlineData("forget @Priya", "Priya", false)]
    [InlineData("delete all data about Sam", "Sam", false)]
    public void Parse_SomeoneElse_NamesThem(string text, string who, bool isUserId) => Assert.Equal(new ForgetTarget(false, who, isUserId), ForgetTarget.Parse(text));

    [Theory]
    [InlineData("forget it")]
    [InlineData("forget about it")]
    [InlineData("forget about this one")]
    [InlineData("remove me from the digest")]
    [InlineData("delete the goal for me")]
    public void Parse_NotAboutForgettingAPerson_IsNothing(string text) => Assert.Null(ForgetTarget.Parse(text));
}
