namespace AlignmentBot.Conversations.Understanding;

/// <summary>
/// Multinomial logistic regression over sparse binary features, trained with averaged stochastic gradient
/// descent. Small and deterministic (fixed shuffle seed): the product trains it once, when the corpus changes, and
/// ships the result (<see cref="Write"/>, <see cref="Read"/>), so a start-up only reads the weights.
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

    internal IReadOnlyDictionary<string, int> Features => _features;

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Bias => _bias;

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

    /// <summary>
    /// The trained classifier as bytes: a header, the labels, the features in index order, then the weights and
    /// biases as little-endian floats. The same classifier always writes the same bytes.
    /// </summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_labels.Length);
        foreach (var label in _labels)
        {
            writer.Write(label);
        }

        writer.Write(_features.Count);
        foreach (var feature in _features.OrderBy(f => f.Value).Select(f => f.Key))
        {
            writer.Write(feature);
        }

        foreach (var weight in _weights)
        {
            writer.Write(weight);
        }

        foreach (var bias in _bias)
        {
            writer.Write(bias);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; anything else is an <see cref="InvalidDataException"/>.</summary>
    public static IntentClassifier Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not an intent classifier written by this version (wrong header).");
            }

            var labels = new string[Count(reader.ReadInt32(), 10_000)];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }

            var featureCount = Count(reader.ReadInt32(), 10_000_000);
            var features = new Dictionary<string, int>(featureCount, StringComparer.Ordinal);
            for (var i = 0; i < featureCount; i++)
            {
                features.Add(reader.ReadString(), i);
            }

            var weights = new float[featureCount * labels.Length];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = reader.ReadSingle();
            }

            var bias = new float[labels.Length];
            for (var i = 0; i < bias.Length; i++)
            {
                bias[i] = reader.ReadSingle();
            }

            if (stream.ReadByte() != -1)
            {
                throw new InvalidDataException("The intent classifier has bytes after its biases.");
            }

            return new IntentClassifier(labels, features, weights, bias);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The intent classifier is cut short.", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("The intent classifier lists a feature twice.", e);
        }
    }

    private const int Magic = 0x43494241; // "ABIC" little-endian
    private const int FormatVersion = 1;

    private static int Count(int value, int max) => value >= 0 && value <= max
        ? value
        : throw new InvalidDataException($"The intent classifier has an impossible count ({value}).");

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
