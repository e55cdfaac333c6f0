namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Multinomial logistic regression over sparse binary features, trained with averaged stochastic gradient
/// descent. Small, deterministic (fixed shuffle seed) and fast enough to train at start-up from the tuning corpus.
/// </summary>
public sealed class IntentClassifier
{
    private readonly string[] _labels;
    private readonly Dictionary<string, int> _features;
    private readonly float[] _weights;
    private readonly float[] _bias;

    private IntentClassifier(string[] labels, Dictionary<string, int> features, float[] weights, float[] bias)
    {
        _labels = labels;
        _features = features;
        _weights = weights;
        _bias = bias;
    }

    public IReadOnlyList<string> Labels => _labels;

    public static IntentClassifier Train(IReadOnlyList<(IReadOnlyList<string> Features, string Label)> examples, int epochs = 40, double learningRate = 2.0, double l2 = 1e-5, int seed = 17)
    {
        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = examples.Select(e => (Features: Encode(e.Features, features, grow: true), Label: labelIndex[e.Label])).ToArray();

        var k = labels.Length;
        var w = new double[features.Count * k];
        var b = new double[k];
        var wSum = new double[features.Count * k];
        var bSum = new double[k];
        var random = new Random(seed);
        var order = Enumerable.Range(0, encoded.Length).ToArray();
        var probabilities = new double[k];
        var steps = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = learningRate / (1 + (0.1 * epoch));
            foreach (var index in order)
            {
                var (x, y) = encoded[index];
                Scores(x.Indices, x.Value, w, b, k, probabilities);
                Softmax(probabilities);
                for (var c = 0; c < k; c++)
                {
                    var gradient = probabilities[c] - (c == y ? 1 : 0);
                    b[c] -= rate * gradient;
                    foreach (var f in x.Indices)
                    {
                        var at = (f * k) + c;
                        w[at] -= rate * ((gradient * x.Value) + (l2 * w[at]));
                    }
                }

                // Averaging the weights over every step generalises better than the last iterate on small corpora.
                for (var i = 0; i < w.Length; i++)
                {
                    wSum[i] += w[i];
                }

                for (var c = 0; c < k; c++)
                {
                    bSum[c] += b[c];
                }

                steps++;
            }
        }

        return new IntentClassifier(labels, features, wSum.Select(v => (float)(v / steps)).ToArray(), bSum.Select(v => (float)(v / steps)).ToArray());
    }

    /// <summary>Probabilities for every label, highest first.</summary>
    public IReadOnlyList<(string Label, double Probability)> Predict(IReadOnlyList<string> features)
    {
        var x = Encode(features, _features, grow: false);
        var k = _labels.Length;
        var scores = new double[k];
        for (var c = 0; c < k; c++)
        {
            scores[c] = _bias[c];
        }

        foreach (var f in x.Indices)
        {
            var row = f * k;
            for (var c = 0; c < k; c++)
            {
                scores[c] += _weights[row + c] * x.Value;
            }
        }

        Softmax(scores);
        return scores.Select((p, i) => (_labels[i], p)).OrderByDescending(t => t.p).ToArray();
    }

    private static (int[] Indices, double Value) Encode(IReadOnlyList<string> features, Dictionary<string, int> index, bool grow)
    {
        var set = new HashSet<int>();
        foreach (var feature in features)
        {
            if (index.TryGetValue(feature, out var i))
            {
                set.Add(i);
            }
            else if (grow)
            {
                i = index.Count;
                index[feature] = i;
                set.Add(i);
            }
        }

        // Binary features, L2-normalised so long and short sentences weigh the same.
        return (set.ToArray(), set.Count == 0 ? 0 : 1 / Math.Sqrt(set.Count));
    }

    private static void Scores(int[] indices, double value, double[] w, double[] b, int k, double[] scores)
    {
        for (var c = 0; c < k; c++)
        {
            scores[c] = b[c];
        }

        foreach (var f in indices)
        {
            var row = f * k;
            for (var c = 0; c < k; c++)
            {
                scores[c] += w[row + c] * value;
            }
        }
    }

    private static void Softmax(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
            sum += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }
    }
}
