namespace LocalizedContent.Naming
{
    /// <summary>What a naming rule changed or ignored; the generator turns each into its diagnostic.</summary>
    internal enum NamingProblemKind
    {
        /// <summary>Args: suffix, file name.</summary>
        InvalidCultureSuffix,
        /// <summary>Args: metadata value, file name.</summary>
        InvalidCultureMetadata,
        /// <summary>The class name (file name or ClassName metadata). Args: name as written, name used.</summary>
        ClassNotAnIdentifier,
        /// <summary>Namespace metadata. Args: namespace as written, namespace used.</summary>
        NamespaceNotAnIdentifier,
        /// <summary>Args: class key, new name.</summary>
        KeywordClassName,
        /// <summary>Args: class key, new name.</summary>
        ReservedClassName,
        /// <summary>Args: class key, new name.</summary>
        ClassNameIsNamespace,
        /// <summary>Args: class key, new name (a document class named like a message class).</summary>
        SharedWithMessages,
    }

    internal readonly struct NamingProblem
    {
        public NamingProblem(NamingProblemKind kind, params string[] args)
        {
            Kind = kind;
            Args = args;
        }

        public NamingProblemKind Kind { get; }
        public string[] Args { get; }
    }
}
