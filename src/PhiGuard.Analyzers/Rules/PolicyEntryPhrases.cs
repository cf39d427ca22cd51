using System.Linq;
using PhiGuard.Policy;

namespace PhiGuard.Analyzers.Rules
{
    /// <summary>
    /// Why a leak message says the value is protected: the policy entry by its kind, the name it matched and where it
    /// stands — <c>type "*.ClinicalNote" member "Text" (builtin:nz-health:22): clinical notes</c>. A <c>type</c> entry
    /// limited to some members is named by the member that matched, never by its whole member list.
    /// </summary>
    internal static class PolicyEntryPhrases
    {
        public static string Of(Selector selector, string subject)
        {
            var text = Selector.KeyOf(selector.Kind) + " \"" + selector.Pattern + "\"";
            var member = MatchedMember(selector, subject);
            if (member is not null)
            {
                text += " member \"" + member + "\"";
            }

            text += " (" + selector.Position.FileLabel + ":" + selector.Position.Line + ")";
            return string.IsNullOrEmpty(selector.Reason) ? text : text + ": " + selector.Reason;
        }

        /// <summary>The entry of <see cref="Selector.Members"/> that names the subject's member (the last one that does), or null.</summary>
        private static string? MatchedMember(Selector selector, string subject)
        {
            if (selector.Members.Count == 0)
            {
                return null;
            }

            var names = subject.Split(' ')[0].Split('.').Reverse();
            return names.Select(name => selector.Members.FirstOrDefault(member => Glob.IsMatch(member, name))).FirstOrDefault(member => member is not null);
        }
    }
}
