namespace AlignmentBot.Testing.Matrix;

/// <summary>A channel the matrix is walked through: Slack's signed requests, Teams' activities.</summary>
public interface IMatrixChannel
{
    /// <summary>
    /// The person writes <paramref name="text"/> to the bot, in their 1:1 chat or in the shared channel, and gets every
    /// reply; a channel that answers later waits until <paramref name="answered"/> says the replies so far are the answer.
    /// </summary>
    Task<IReadOnlyList<MatrixReply>> SayAsync(MatrixPersona persona, string text, bool inChannel, Func<IReadOnlyList<MatrixReply>, bool> answered);

    /// <summary>The person presses a button another person was shown.</summary>
    Task<IReadOnlyList<MatrixReply>> PressAsync(MatrixPersona persona, MatrixButton button, bool inChannel, Func<IReadOnlyList<MatrixReply>, bool> answered);
}
