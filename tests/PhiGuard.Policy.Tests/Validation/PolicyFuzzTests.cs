using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PhiGuard.Policy.Tests.Support;
using Xunit;

namespace PhiGuard.Policy.Tests.Validation
{
    /// <summary>
    /// Thousands of seeded mutations of the built-in packs and of hostile inputs, at the byte level: the loader never
    /// throws, never hangs, and never calls a file valid that is not strict UTF-8 JSON. System.Text.Json, which reads
    /// bytes to RFC 8259 and checks their UTF-8, is the oracle for syntax; the loader may be stricter (duplicate keys,
    /// unknown keys), never laxer.
    /// </summary>
    public class PolicyFuzzTests
    {
        private const int Mutations = 3000;

        private static readonly byte[] Interesting =
        {
            0x00, 0x01, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xAF, 0xED, 0xA0, 0xF4, 0xF5, 0xFF, 0xEF, 0xBB,
            (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'/', (byte)'*', (byte)'\n', (byte)'0', (byte)'-',
        };

        private static readonly string[] Hostile =
        {
            "{ \"version\": 1, \"extends\": [\"b\\u0000.json\"] }",
            "{ \"version\": 1, \"extends\": [\"b\u0000.json\"] }",
            "{ \"version\": 1, \"name\": \"a\u0001b\" }",
            "{ \"version\": 1 }\u0000",
            "{ \"version\": 1, \"extends\": [\"/dev/zero\", \"../../../../etc/passwd\", \"" + new string('a', 5000) + ".json\"] }",
            "{ \"version\": 1, \"extends\": [\"builtin:\", \"builtin:hipaa-safe-harbor\", \"\\\\\\\\server\\\\share\\\\x.json\"] }",
            "{ \"version\": 1, \"name\": \"\\ud800\" }",
            new string('[', 20000) + new string(']', 20000),
            "{ \"version\": 1" + string.Concat(Enumerable.Repeat(", \"protected\": [ { \"name\": \"x\" } ]", 50)) + " }",
        };

        private static readonly byte[][] InvalidUtf8 =
        {
            new byte[] { 0xFF },
            new byte[] { 0xC0, 0xAF },
            new byte[] { 0x80 },
            new byte[] { 0xBF, 0xBF },
            new byte[] { 0xED, 0xA0, 0x80 },
            new byte[] { 0xF4, 0x90, 0x80, 0x80 },
            new byte[] { 0xE2, 0x82 },
        };

        [Fact]
        public void Mutated_built_in_packs_and_hostile_policies_never_crash_hang_or_pass_invalid_syntax()
        {
            var seeds = Repository.BuiltinPackFiles().Select(File.ReadAllBytes).Concat(Hostile.Select(Encoding.UTF8.GetBytes)).ToList();
            var random = new Random(20261204);
            var slowest = TimeSpan.Zero;
            var rejected = 0;
            for (var i = 0; i < Mutations; i++)
            {
                var seed = seeds[random.Next(seeds.Count)];
                var bytes = Mutate(seed, random, 1 + random.Next(3));
                var watch = Stopwatch.StartNew();
                var result = Load(bytes);
                watch.Stop();
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;

                if (!IsStrictJson(bytes))
                {
                    Assert.False(result.Succeeded, "accepted as valid: " + Describe(bytes));
                }

                rejected += result.Succeeded ? 0 : 1;
                Assert.All(result.Problems, problem => Assert.True(problem.Position.Line >= 1 && problem.Position.Column >= 1, problem.Message));
            }

            // A hang shows as one policy taking seconds; the bound leaves room for a loaded build machine.
            Assert.True(slowest < TimeSpan.FromSeconds(5), "one policy took " + slowest);
            Assert.InRange(rejected, Mutations / 10, Mutations);
        }

        [Fact]
        public void Every_invalid_utf8_sequence_in_a_valid_policy_is_rejected_where_it_stands()
        {
            foreach (var pack in Repository.BuiltinPackFiles())
            {
                var text = File.ReadAllBytes(pack);
                var at = Array.IndexOf(text, (byte)'"', Array.IndexOf(text, (byte)':') + 1) + 1;
                foreach (var sequence in InvalidUtf8)
                {
                    var bytes = text.Take(at).Concat(sequence).Concat(text.Skip(at)).ToArray();
                    var result = Load(bytes);

                    var problem = Assert.Single(result.Problems);
                    Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
                    var before = Encoding.UTF8.GetString(text, 0, at);
                    Assert.Equal(before.Count(c => c == '\n') + 1, problem.Position.Line);
                    Assert.Equal(at - (before.LastIndexOf('\n') + 1) + 1, problem.Position.Column);
                }
            }
        }

        /// <summary>Loads the bytes as the command line does: decoded with invalid UTF-8 marked, extends files absent.</summary>
        private static PolicyLoadResult Load(byte[] bytes) =>
            PolicyLoader.Load(InMemoryPolicyFiles.PathOf("fuzz/phiguard.json"), PolicyText.Decode(bytes, bytes.Length), new InMemoryPolicyFiles());

        private static bool IsStrictJson(byte[] bytes)
        {
            try
            {
                using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 100_000 });
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static byte[] Mutate(byte[] seed, Random random, int steps)
        {
            var bytes = new List<byte>(seed);
            for (var step = 0; step < steps && bytes.Count > 0; step++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(7))
                {
                    case 0:
                        bytes[at] = Interesting[random.Next(Interesting.Length)];
                        break;
                    case 1:
                        bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                        break;
                    case 2:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                        break;
                    case 3:
                        bytes.InsertRange(at, InvalidUtf8[random.Next(InvalidUtf8.Length)]);
                        break;
                    case 4:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    case 5:
                        var length = Math.Min(bytes.Count - at, 1 + random.Next(40));
                        bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                        break;
                    default:
                        bytes[at] = (byte)random.Next(256);
                        break;
                }
            }

            return bytes.ToArray();
        }

        private static string Describe(byte[] bytes) => Convert.ToHexString(bytes);
    }
}
