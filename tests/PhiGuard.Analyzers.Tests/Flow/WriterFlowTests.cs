using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PhiGuard.Analyzers.Tests.Verifiers;
using Xunit;
using VerifyCS = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI003UnencryptedStorageAnalyzer>;
using VerifyLog = PhiGuard.Analyzers.Tests.Verifiers.AnalyzerVerifier<PhiGuard.Analyzers.Rules.PHI001LogLeakAnalyzer>;

namespace PhiGuard.Analyzers.Tests.Flow
{
    /// <summary>
    /// Writers and what they write into: a writer over a path is the file, so each write is storage; a writer over
    /// memory, a builder or a caller's writer is storage where those bytes reach a file.
    /// </summary>
    public class WriterFlowTests
    {
        private const string Usings = """
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Runtime.InteropServices;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            using System.Xml;
            using System.Xml.Linq;
            using Clinic;

            """;

        private static Task Verify(string body, params DiagnosticResult[] expected) =>
            VerifyCS.VerifyAsync(Usings + "public class Service\n{\n" + body + "\n}\n" + Policies.Model, Policies.Clinic, TestReferences.Serialization, expected);

        [Fact]
        public Task Stream_writer_over_memory_is_reported_where_the_buffer_is_written_to_a_file() => Verify("""
            public void Run(Patient patient, string path)
            {
                using var memory = new MemoryStream();
                using var writer = new StreamWriter(memory);
                writer.WriteLine("ISA*00");
                writer.WriteLine(patient.Name);
                writer.WriteLine(patient.Ssn);
                writer.Flush();
                File.WriteAllBytes(path, {|PHI003:memory.ToArray()|});
            }
            """);

        [Fact]
        public Task Binary_writer_over_memory_is_reported_where_its_buffer_is_written() => Verify("""
            public void Run(Patient patient, string path)
            {
                var memory = new MemoryStream();
                var writer = new BinaryWriter(memory);
                writer.Write(patient.Ssn);
                File.WriteAllBytes(path, {|PHI003:memory.GetBuffer()|});
            }
            """);

        [Fact]
        public Task Writer_over_memory_of_ids_only_is_clean() => Verify("""
            public void Run(Patient patient, string path)
            {
                using var memory = new MemoryStream();
                using var writer = new StreamWriter(memory);
                writer.WriteLine(patient.Id);
                File.WriteAllBytes(path, memory.ToArray());
            }
            """);

        [Fact]
        public Task Buffer_sent_as_an_http_body_is_not_storage() => Verify("""
            public async Task Run(Patient patient, HttpClient client)
            {
                using var memory = new MemoryStream();
                using var writer = new StreamWriter(memory);
                writer.WriteLine(patient.Name);
                writer.Flush();
                await client.PostAsync("https://claims.example/submit", new ByteArrayContent(memory.ToArray()));
                memory.Position = 0;
                await client.PostAsync("https://claims.example/submit", new StreamContent(memory));
            }
            """);

        [Fact]
        public Task Encrypting_stream_between_writer_and_buffer_sanitizes() => Verify("""
            public void Run(Patient patient, string path, Aes aes)
            {
                using var memory = new MemoryStream();
                using var crypto = new CryptoStream(memory, aes.CreateEncryptor(), CryptoStreamMode.Write);
                using var writer = new StreamWriter(crypto);
                writer.WriteLine(patient.Name);
                writer.Flush();
                crypto.FlushFinalBlock();
                File.WriteAllBytes(path, memory.ToArray());
            }
            """);

        [Fact]
        public Task Memory_stream_copied_into_a_file_is_reported_at_the_copy() => Verify("""
            public async Task Run(Patient patient, string path)
            {
                using var memory = new MemoryStream();
                using var writer = new StreamWriter(memory, leaveOpen: true);
                writer.Write(patient.Name);
                using var file = File.Create(path);
                {|PHI003:memory|}.CopyTo(file);
                await {|PHI003:memory|}.CopyToAsync(new FileStream(path + ".bak", FileMode.Create));
                {|PHI003:memory|}.WriteTo(file);
            }
            """);

        [Fact]
        public Task String_writer_and_builder_text_is_reported_where_it_is_written_to_a_file() => Verify("""
            public void Run(Patient patient, string path)
            {
                var builder = new StringBuilder();
                using (var text = new StringWriter(builder))
                {
                    text.Write(patient.Name);
                }

                File.WriteAllText(path, {|PHI003:builder.ToString()|});
                var other = new StringWriter();
                other.Write(patient.Ssn);
                File.WriteAllText(path, {|PHI003:other.ToString()|});
            }
            """);

        [Fact]
        public Task Xml_writer_created_on_a_path_is_the_file() => Verify("""
            public void Run(Patient patient, string path)
            {
                using var xml = XmlWriter.Create(path);
                xml.WriteStartElement("patient");
                xml.WriteElementString("id", patient.Id.ToString());
                xml.WriteElementString("last_name", {|PHI003:patient.Name|});
                xml.WriteAttributeString("ssn", {|PHI003:patient.Ssn|});
                xml.WriteEndElement();
            }
            """);

        [Fact]
        public Task Xml_writer_on_a_builder_or_string_writer_is_reported_where_the_text_reaches_a_file() => Verify("""
            public void Run(Patient patient, string path)
            {
                var builder = new StringBuilder();
                using (var xml = XmlWriter.Create(builder))
                {
                    xml.WriteElementString("last_name", patient.Name);
                }

                File.WriteAllText(path, {|PHI003:builder.ToString()|});
                var text = new StringWriter();
                using (var xml = XmlWriter.Create(text))
                {
                    xml.WriteString(patient.Ssn);
                }

                File.WriteAllText(path, {|PHI003:text.ToString()|});
            }
            """);

        [Fact]
        public Task Xml_documents_built_with_protected_data_are_reported_where_they_are_saved() => Verify("""
            public void Run(Patient patient, string path)
            {
                var doc = new XmlDocument();
                var root = doc.CreateElement("patient");
                doc.AppendChild(root);
                var name = doc.CreateElement("last_name");
                name.InnerText = patient.Name;
                root.AppendChild(name);
                {|PHI003:doc|}.Save(path);

                var linq = new XDocument(new XElement("patient", new XElement("ssn", patient.Ssn)));
                {|PHI003:linq|}.Save(path);
                var element = new XElement("patient");
                element.SetElementValue("name", patient.Name);
                {|PHI003:element|}.Save(path);
            }
            """);

        [Fact]
        public Task Xml_documents_of_ids_only_or_saved_to_memory_and_posted_are_clean() => Verify("""
            public async Task Run(Patient patient, string path, HttpClient client)
            {
                var ids = new XDocument(new XElement("patient", new XElement("id", patient.Id)));
                ids.Save(path);
                var doc = new XDocument(new XElement("patient", new XElement("name", patient.Name)));
                using var memory = new MemoryStream();
                doc.Save(memory);
                await client.PostAsync("https://hie.example/ccd", new ByteArrayContent(memory.ToArray()));
            }
            """);

        [Fact]
        public Task Xml_document_saved_into_memory_is_reported_where_the_buffer_reaches_a_file() => Verify("""
            public void Run(Patient patient, string path)
            {
                var doc = new XDocument(new XElement("patient", new XElement("name", patient.Name)));
                using var memory = new MemoryStream();
                doc.Save(memory);
                File.WriteAllBytes(path, {|PHI003:memory.ToArray()|});
                {|PHI003:doc|}.Save(new StreamWriter(path));
            }
            """);

        [Fact]
        public Task Json_writers_over_files_are_storage_and_over_memory_reach_the_file_write() => Verify("""
            public void Run(Patient patient, string path)
            {
                using (var file = File.Create(path))
                using (var json = new System.Text.Json.Utf8JsonWriter(file))
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", patient.Id);
                    json.WriteString("name", {|PHI003:patient.Name|});
                    json.WriteEndObject();
                }

                using (var text = new StreamWriter(path))
                using (var json = new Newtonsoft.Json.JsonTextWriter(text))
                {
                    json.WritePropertyName("ssn");
                    json.WriteValue({|PHI003:patient.Ssn|});
                }

                var memory = new MemoryStream();
                using (var json = new System.Text.Json.Utf8JsonWriter(memory))
                {
                    json.WriteStringValue(patient.Name);
                }

                File.WriteAllBytes(path, {|PHI003:memory.ToArray()|});
            }
            """);

        [Fact]
        public Task Serializer_writing_into_memory_is_storage_where_the_buffer_is_written() => Verify("""
            public void Run(Patient patient, string path)
            {
                using var memory = new MemoryStream();
                System.Text.Json.JsonSerializer.Serialize(memory, patient);
                File.WriteAllBytes(path, {|PHI003:memory.ToArray()|});
                using var file = File.Create(path);
                System.Text.Json.JsonSerializer.Serialize(file, {|PHI003:patient|});
            }
            """);

        [Fact]
        public Task Segments_written_by_a_helper_into_a_memory_writer_are_one_finding_at_the_file_write() => Verify("""
            public void Run(Patient patient, Visit visit, string path)
            {
                using var memory = new MemoryStream();
                using var writer = new StreamWriter(memory);
                WriteHeader(writer);
                WriteSubscriber(writer, patient);
                WriteClaim(writer, visit);
                writer.Flush();
                File.WriteAllBytes(path, {|PHI003:memory.ToArray()|});
            }

            private static void WriteHeader(StreamWriter writer) => writer.WriteLine("ISA*00*");

            private static void WriteSubscriber(StreamWriter writer, Patient patient)
            {
                writer.Write("NM1*IL*1*");
                writer.Write(patient.Name);
                writer.WriteLine("~");
                writer.WriteLine("DMG*D8*" + patient.DateOfBirth.ToString("yyyyMMdd"));
            }

            private static void WriteClaim(StreamWriter writer, Visit visit) => writer.WriteLine("HI*ABK:" + visit.Diagnosis);
            """);

        [Fact]
        public Task Helper_writing_into_a_writer_over_a_file_is_reported_at_its_call() => Verify("""
            public void Run(Patient patient, Visit visit, string path)
            {
                using var writer = new StreamWriter(path);
                WriteHeader(writer);
                WriteSubscriber({|PHI003:writer|}, patient.Name);
                WriteSubscriber(writer, patient.Id.ToString());
                WriteNotes({|PHI003:writer|}, visit);
            }

            private static void WriteHeader(TextWriter writer) => writer.WriteLine("ISA*00*");

            private static void WriteSubscriber(TextWriter writer, string name) => writer.WriteLine("NM1*IL*1*" + name);

            private static void WriteNotes(TextWriter writer, Visit visit) => writer.WriteLine(visit.Notes);
            """);

        [Fact]
        public Task Helper_filling_a_builder_is_reported_where_the_text_is_written() => Verify("""
            public void Run(Patient patient, string path)
            {
                var builder = new StringBuilder();
                AppendPatient(builder, patient);
                File.WriteAllText(path, {|PHI003:builder.ToString()|});
                var ids = new StringBuilder();
                AppendId(ids, patient);
                File.WriteAllText(path, ids.ToString());
            }

            private static void AppendPatient(StringBuilder builder, Patient patient) => builder.Append(patient.Name).Append('|');

            private static void AppendId(StringBuilder builder, Patient patient) => builder.Append(patient.Id);
            """);

        [Fact]
        public Task Lambda_handed_a_file_writer_by_a_progress_helper_is_reported_at_the_lambda() => Verify("""
            public void Run(Patient patient, string path)
            {
                WithFile(path, {|PHI003:writer => writer.WriteLine(patient.Name)|});
                WithFile(path, writer => writer.WriteLine(patient.Id));
            }

            private static void WithFile(string path, Action<StreamWriter> write)
            {
                using var writer = new StreamWriter(path);
                write(writer);
            }
            """);

        [Fact]
        public Task Lambda_filling_a_memory_writer_is_reported_where_the_bytes_reach_a_file() => Verify("""
            public async Task Run(Patient patient, string path, HttpClient client)
            {
                File.WriteAllBytes(path, {|PHI003:Build(writer => writer.Write(patient.Ssn))|});
                File.WriteAllBytes(path, Build(writer => writer.Write(patient.Id)));
                await client.PostAsync("https://claims.example/submit", new ByteArrayContent(Build(writer => writer.Write(patient.Ssn))));
            }

            private static byte[] Build(Action<BinaryWriter> fill)
            {
                using var memory = new MemoryStream();
                using var writer = new BinaryWriter(memory);
                fill(writer);
                return memory.ToArray();
            }
            """);

        [Fact]
        public Task Helper_around_a_file_write_is_reported_at_its_call() => Verify("""
            public void Run(Patient patient, string path)
            {
                FileHelper.SaveText(path, {|PHI003:patient.Name|});
                FileHelper.SaveBytes(path, {|PHI003:Encoding.UTF8.GetBytes(patient.Ssn)|});
                FileHelper.SaveText(path, patient.Id.ToString());
            }
            }

            public static class FileHelper
            {
                public static void SaveText(string path, string text) => File.WriteAllText(path, text);

                public static void SaveBytes(string path, byte[] bytes)
                {
                    using var file = new FileStream(path, FileMode.Create);
                    file.Write(bytes, 0, bytes.Length);
                }
            """);

        [Fact]
        public Task Compressing_stream_over_a_file_is_still_the_file() => Verify("""
            public void Run(Patient patient, string path)
            {
                using var zip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionMode.Compress);
                using var writer = new StreamWriter(zip);
                writer.WriteLine({|PHI003:patient.Name|});
                using var xml = XmlWriter.Create(new FileStream(path + ".xml", FileMode.Create));
                xml.WriteElementString("ssn", {|PHI003:patient.Ssn|});
            }
            """);

        [Fact]
        public Task Xml_and_json_writers_over_an_encrypting_stream_are_clean() => Verify("""
            public void Run(Patient patient, string path, Aes aes)
            {
                using var file = File.Create(path);
                using var crypto = new CryptoStream(file, aes.CreateEncryptor(), CryptoStreamMode.Write);
                using (var xml = XmlWriter.Create(crypto))
                {
                    xml.WriteElementString("last_name", patient.Name);
                }

                using var memory = new MemoryStream();
                using var sealedMemory = new CryptoStream(memory, aes.CreateEncryptor(), CryptoStreamMode.Write);
                using (var json = new System.Text.Json.Utf8JsonWriter(sealedMemory))
                {
                    json.WriteStringValue(patient.Ssn);
                }

                File.WriteAllBytes(path, memory.ToArray());
            }
            """);

        [Fact]
        public Task Buffer_filled_by_a_writer_leaks_to_other_rules_where_it_is_read() => VerifyLog.VerifyAsync(Usings + """
            public class Service
            {
                public void Run(Patient patient)
                {
                    using var memory = new MemoryStream();
                    using var writer = new StreamWriter(memory);
                    writer.Write(patient.Name);
                    writer.Flush();
                    Console.WriteLine({|PHI001:Encoding.UTF8.GetString(memory.ToArray())|});
                    using var ids = new MemoryStream();
                    using var idWriter = new StreamWriter(ids);
                    idWriter.Write(patient.Id);
                    Console.WriteLine(Encoding.UTF8.GetString(ids.ToArray()));
                }
            }
            """ + Policies.Model, Policies.Clinic, TestReferences.Net);

        [Fact]
        public Task Helpers_in_another_project_of_the_solution_are_reported_at_their_call()
        {
            var test = VerifyCS.CreateTest(Usings + """
                public class Service
                {
                    public void Run(Patient patient, string path)
                    {
                        Shared.Files.SaveText(path, {|PHI003:patient.Name|});
                        Shared.Files.SaveText(path, patient.Id.ToString());
                        using var writer = new StreamWriter(path);
                        Shared.Segments.WriteName({|PHI003:writer|}, patient.Ssn);
                        using var memory = new MemoryStream();
                        using var buffered = new StreamWriter(memory);
                        Shared.Segments.WriteName(buffered, patient.Name);
                        buffered.Flush();
                        File.WriteAllBytes(path, {|PHI003:memory.ToArray()|});
                    }
                }
                """ + Policies.Model, Policies.Clinic, TestReferences.Serialization);
            test.TestState.AdditionalProjects["Shared"].Sources.Add(("Files.cs", """
                namespace Shared
                {
                    public static class Files
                    {
                        public static void SaveText(string path, string text) => System.IO.File.WriteAllText(path, text);
                    }

                    public static class Segments
                    {
                        public static void WriteName(System.IO.TextWriter writer, string name) => writer.WriteLine("NM1*" + name + "~");
                    }
                }
                """));
            test.TestState.AdditionalProjectReferences.Add("Shared");
            return test.RunAsync(System.Threading.CancellationToken.None);
        }

        [Fact]
        public Task Native_file_writing_functions_are_storage() => Verify("""
            [DllImport("kernel32", CharSet = CharSet.Unicode)]
            private static extern bool WritePrivateProfileString(string section, string key, string value, string file);

            [DllImport("kernel32.dll", EntryPoint = "WritePrivateProfileStringW", CharSet = CharSet.Unicode)]
            private static extern bool SaveSetting(string section, string key, string value, string file);

            [DllImport("kernel32", CharSet = CharSet.Unicode)]
            private static extern uint GetPrivateProfileString(string section, string key, string fallback, StringBuilder value, uint size, string file);

            public void Run(Patient patient, string ini)
            {
                WritePrivateProfileString("patient", "name", {|PHI003:patient.Name|}, ini);
                SaveSetting("patient", "ssn", {|PHI003:patient.Ssn|}, ini);
                SaveSetting("patient", "id", patient.Id.ToString(), ini);
                GetPrivateProfileString("patient", "name", patient.Name, new StringBuilder(), 255, ini);
            }
            """);
    }
}
