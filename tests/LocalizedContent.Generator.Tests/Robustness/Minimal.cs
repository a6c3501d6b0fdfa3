namespace LocalizedContent.Generator.Tests.Robustness;

/// <summary>
/// Property tests check many files per generator run (one compilation for fifty files). When a batch fails,
/// the file that fails on its own is found and reported, so the message shows one small input instead of fifty;
/// CsCheck then shrinks the batch itself (fewer and shorter files) across its remaining iterations.
/// </summary>
internal static class Minimal
{
    public static void Check<T>(T[] batch, Action<T[]> check, Func<T, string> print)
    {
        try
        {
            check(batch);
        }
        catch (Exception whole)
        {
            for (var i = 0; i < batch.Length; i++)
            {
                Exception? alone = null;
                try
                {
                    check([batch[i]]);
                }
                catch (Exception e)
                {
                    alone = e;
                }
                if (alone is not null)
                {
                    throw new MinimalInputException("Minimal failing input (fails on its own):\n" + print(batch[i]) + "\n" + alone.Message, alone);
                }
            }
            throw new MinimalInputException("The batch fails only as a whole (no single input fails alone):\n" + whole.Message, whole);
        }
    }
}

internal sealed class MinimalInputException(string message, Exception inner) : Exception(message, inner);
