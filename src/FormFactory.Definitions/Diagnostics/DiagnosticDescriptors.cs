using static FormFactory.Definitions.Diagnostics.DiagnosticSeverity;

namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>
    /// Every diagnostic FormFactory reports, with its stable id. Ids are never reused; each is documented with a
    /// bad example and the fix in <c>docs/diagnostics.md</c>.
    /// </summary>
    public static class DiagnosticDescriptors
    {
        // FF00xx: files and JSON
        /// <summary>The file is not valid JSON.</summary>
        public static readonly DiagnosticDescriptor InvalidJson = new("FF0001", Error, "Invalid JSON", "Invalid JSON: {0}.");
        /// <summary>An object names the same property twice.</summary>
        public static readonly DiagnosticDescriptor DuplicateProperty = new("FF0002", Error, "Duplicate property", "Property '{0}' appears more than once in this object; keep one.");
        /// <summary>The file breaks its published JSON Schema.</summary>
        public static readonly DiagnosticDescriptor SchemaViolation = new("FF0003", Error, "Schema violation", "Does not match {0}: {1}.");
        /// <summary>A JSON file whose name does not say what it is.</summary>
        public static readonly DiagnosticDescriptor UnknownFileKind = new("FF0004", Warning, "Unknown file kind", "'{0}' is not a definition file (expected *.form.json, *.block.json, *.codelist.json, *.tenant.json or factory.json); it is ignored.");
        /// <summary>The id differs from the file name.</summary>
        public static readonly DiagnosticDescriptor FileNameMismatch = new("FF0005", Warning, "File name does not match id", "The id '{0}' differs from the file name '{1}'; name the file '{0}{2}' so it can be found.");
        /// <summary>The file could not be read.</summary>
        public static readonly DiagnosticDescriptor FileUnreadable = new("FF0006", Error, "File cannot be read", "The file cannot be read: {0}.");
        /// <summary>A path in a read folder that is a FIFO, device, socket or folder where a file is expected.</summary>
        public static readonly DiagnosticDescriptor NotARegularFile = new("FF0007", Error, "Not a regular file", "The file is not read: {0}.");
        /// <summary>A symbolic link out of the folder being read.</summary>
        public static readonly DiagnosticDescriptor LinkOutOfFolder = new("FF0008", Error, "Link out of the folder", "The file is not read: {0}; copy the file into the folder instead.");

        // FF01xx: structure
        /// <summary>A property the format does not have.</summary>
        public static readonly DiagnosticDescriptor UnknownProperty = new("FF0101", Error, "Unknown property", "Unknown property '{0}' in {1}{2}.");
        /// <summary>A required property is missing.</summary>
        public static readonly DiagnosticDescriptor MissingProperty = new("FF0102", Error, "Missing property", "{0} needs the property '{1}'.");
        /// <summary>A value of the wrong JSON type.</summary>
        public static readonly DiagnosticDescriptor WrongValueType = new("FF0103", Error, "Wrong value type", "'{0}' must be {1}, not {2}.");
        /// <summary>An id that is not camelCase.</summary>
        public static readonly DiagnosticDescriptor InvalidId = new("FF0104", Error, "Invalid id", "'{0}' is not a valid id: use camelCase letters and digits starting with a lower-case letter (e.g. 'hundAnmelden').");
        /// <summary>Two siblings, or two files, with the same id.</summary>
        public static readonly DiagnosticDescriptor DuplicateId = new("FF0105", Error, "Duplicate id", "The id '{0}' is already used {1}; ids must be unique.");
        /// <summary>A field type the format does not have.</summary>
        public static readonly DiagnosticDescriptor UnknownFieldType = new("FF0106", Error, "Unknown field type", "Unknown field type '{0}'{1}; use one of: {2}.");
        /// <summary>A property that belongs to another field type.</summary>
        public static readonly DiagnosticDescriptor PropertyNotForType = new("FF0107", Error, "Property not allowed for this field type", "'{0}' does not apply to a field of type '{1}'.");
        /// <summary>A localized text without German, or with a bad language key.</summary>
        public static readonly DiagnosticDescriptor InvalidText = new("FF0108", Error, "Invalid text", "{0}.");
        /// <summary>A value that has the right JSON type but is not allowed.</summary>
        public static readonly DiagnosticDescriptor InvalidValue = new("FF0109", Error, "Invalid value", "'{0}' {1}.");
        /// <summary>A field with both <c>type</c> and <c>block</c>, or neither.</summary>
        public static readonly DiagnosticDescriptor TypeOrBlock = new("FF0110", Error, "Type or block", "A field has either 'type' or 'block', {0}.");
        /// <summary>A service or tenant id that names a folder of the output layout.</summary>
        public static readonly DiagnosticDescriptor IdReservedByLayout = new("FF0111", Error, "Id reserved by the output layout", "The id '{0}' is reserved: a build writes a folder of that name beside the packages in each tenant's folder; choose another {1} id.");
        /// <summary>Two ids of one kind that differ only in case.</summary>
        public static readonly DiagnosticDescriptor IdsDifferOnlyInCase = new("FF0112", Error, "Ids differ only in case", "The id '{0}' differs only in case from the {2} '{1}' (in {3}); on Windows and macOS both would be one file or folder. Rename one.");
        /// <summary>An id that Windows cannot hold as a file or folder name.</summary>
        public static readonly DiagnosticDescriptor IdWindowsCannotHold = new("FF0113", Error, "Name Windows cannot hold", "The id '{0}' is a device name on Windows (con, prn, aux, nul, com0-9, lpt0-9), which cannot name a file or folder there; choose another id.");
        /// <summary>A code holding a character that not every output (XML, UTF-8, C#) can carry.</summary>
        public static readonly DiagnosticDescriptor UnportableCode = new("FF0120", Error, "Code with an unusable character", "The code '{0}' holds {1}; codes travel into submissions, XML exports and generated code, which cannot all carry control characters, lone surrogates or noncharacters.");

        // FF02xx: references between files
        /// <summary>A block inclusion names no known block.</summary>
        public static readonly DiagnosticDescriptor UnknownBlock = new("FF0201", Error, "Unknown block", "No block '{0}' exists{1}.");
        /// <summary>A choice names no known code list.</summary>
        public static readonly DiagnosticDescriptor UnknownCodeList = new("FF0202", Error, "Unknown code list", "No code list '{0}' exists{1}.");
        /// <summary>Blocks include each other in a circle.</summary>
        public static readonly DiagnosticDescriptor BlockCycle = new("FF0203", Error, "Block cycle", "Block '{0}' includes itself: {1}.");
        /// <summary>A tenant offers a service that does not exist.</summary>
        public static readonly DiagnosticDescriptor UnknownService = new("FF0204", Error, "Unknown service", "No service '{0}' exists{1}.");
        /// <summary>A service's reuse list names an unknown tenant.</summary>
        public static readonly DiagnosticDescriptor UnknownTenant = new("FF0205", Warning, "Unknown tenant", "No tenant '{0}' exists{1}; check the spelling or add the tenant file.");

        // FF03xx: field checks
        /// <summary>A pattern that is no regular expression.</summary>
        public static readonly DiagnosticDescriptor InvalidRegex = new("FF0301", Error, "Invalid regular expression", "The pattern is not a valid regular expression: {0}.");
        /// <summary>A pattern outside the pattern dialect: .NET and the browser would read it differently, or it cannot be matched in linear time.</summary>
        public static readonly DiagnosticDescriptor NonPortableRegex = new("FF0302", Error, "Pattern not portable", "The pattern uses '{0}', which is outside the pattern dialect (what browsers and .NET read alike and match in linear time); {1}.");
        /// <summary>A lower bound above its upper bound.</summary>
        public static readonly DiagnosticDescriptor MinGreaterThanMax = new("FF0303", Error, "Minimum greater than maximum", "'{0}' ({1}) is greater than '{2}' ({3}); no value could pass.");
        /// <summary>Repeat bounds that make no sense.</summary>
        public static readonly DiagnosticDescriptor InvalidRepeat = new("FF0304", Error, "Invalid repeat bounds", "Invalid repeat: {0}.");
        /// <summary>A code list that has a code twice.</summary>
        public static readonly DiagnosticDescriptor DuplicateCode = new("FF0305", Error, "Duplicate code", "The code '{0}' appears more than once in code list '{1}'.");
        /// <summary>A comparison with a code the list does not have.</summary>
        public static readonly DiagnosticDescriptor UnreachableCode = new("FF0306", Warning, "Code not in list", "'{0}' is not a code of list '{1}', so this comparison is never true; codes are: {2}.");
        /// <summary>A <c>requiredWhen</c> on a field that is never shown.</summary>
        public static readonly DiagnosticDescriptor RequiredWhenNeverVisible = new("FF0307", Warning, "Field never visible", "'{0}' can never be visible ({1}), so its requirement never applies.");
        /// <summary>A code list without values.</summary>
        public static readonly DiagnosticDescriptor EmptyCodeList = new("FF0308", Error, "Empty code list", "Code list '{0}' has no values; a choice from it could never be answered.");
        /// <summary>A custom message for a check this field does not have.</summary>
        public static readonly DiagnosticDescriptor UnknownMessageKey = new("FF0309", Warning, "Message for an unknown check", "'{0}' is not a check of a field of type '{1}', so this message is never shown; checks are: {2}.");
        /// <summary>A default value of the wrong type or outside the code list.</summary>
        public static readonly DiagnosticDescriptor InvalidDefault = new("FF0310", Error, "Invalid default", "The default {0}.");
        /// <summary>A form with more fields than <see cref="Binding.DefinitionLimits.MaxFieldsPerForm"/> once its blocks are included.</summary>
        public static readonly DiagnosticDescriptor TooManyFields = new("FF0311", Error, "Too many fields", "The fields add up to more than {0}{1}; split them into services of their own, or ask for repeated parts with a repeated group instead of copies.");
        /// <summary>A page that would render more than <see cref="Binding.DefinitionLimits.MaxRenderedElements"/> fields (ten options counting as one).</summary>
        public static readonly DiagnosticDescriptor PageTooLarge = new("FF0312", Error, "Page too large", "The page would render {0} fields {1} (at most {2}; ten choice options count as one): a repeated group renders what it holds once per entry it shows ('min', or every slot of a 'max' up to 10, at least one) plus once as its template, through every nesting level; lower 'min' or 'max', or move fields out of nested repeated groups.");
        /// <summary>A code list with more values than <see cref="Binding.DefinitionLimits.MaxCodeListValues"/>.</summary>
        public static readonly DiagnosticDescriptor CodeListTooLong = new("FF0313", Error, "Code list too long", "Code list '{0}' has {1} values, more than the {2} a form can offer; only the first {2} are read. Split the list, or ask for the value as text.");
        /// <summary>A pattern whose compiled program exceeds <see cref="Runtime.Patterns.MaxSteps"/> instructions.</summary>
        public static readonly DiagnosticDescriptor PatternTooLarge = new("FF0314", Error, "Pattern too large", "The pattern needs more than {0} steps per character to match (counted repeats such as {{500}} count once per repetition); shorten it, or limit the length with maxLength.");
        /// <summary>Visibility that depends on a chain of more than <see cref="Binding.DefinitionLimits.MaxVisibilityChain"/> fields' visibility.</summary>
        public static readonly DiagnosticDescriptor VisibilityChainTooLong = new("FF0315", Error, "Visibility chain too long", "Whether '{0}' is visible depends on a chain of {1} fields' visibility, more than the {2} a form may have ({3}); let conditions read fields that are always shown.");

        // FF04xx: expressions
        /// <summary>An expression that cannot be parsed.</summary>
        public static readonly DiagnosticDescriptor ExpressionSyntax = new("FF0401", Error, "Expression syntax error", "Syntax error in expression: {0}.");
        /// <summary>An expression names a field that does not exist.</summary>
        public static readonly DiagnosticDescriptor UnknownFieldInExpression = new("FF0402", Error, "Unknown field in expression", "No field '{0}' exists here{1}.");
        /// <summary>Operand or argument types that do not fit.</summary>
        public static readonly DiagnosticDescriptor TypeMismatch = new("FF0403", Error, "Type mismatch in expression", "Type mismatch: {0}.");
        /// <summary>A function the language does not have.</summary>
        public static readonly DiagnosticDescriptor UnknownFunction = new("FF0404", Error, "Unknown function", "Unknown function '{0}'{1}; available: today, age, len, isEmpty, contains, count, sum, date.");
        /// <summary>A function called with the wrong number of arguments.</summary>
        public static readonly DiagnosticDescriptor ArgumentCount = new("FF0405", Error, "Wrong number of arguments", "'{0}' takes {1}, not {2}.");
        /// <summary><c>item.x</c> outside a repeated group.</summary>
        public static readonly DiagnosticDescriptor ItemOutsideRepeat = new("FF0406", Error, "'item' outside a repeated group", "'item' refers to the current entry of a repeated group and can only be used inside one (or in the second argument of sum).");
        /// <summary>Visibility that depends on itself.</summary>
        public static readonly DiagnosticDescriptor VisibilityCycle = new("FF0407", Error, "Visibility cycle", "Whether '{0}' is visible depends on itself: {1}.");
        /// <summary>A date literal that is no calendar date.</summary>
        public static readonly DiagnosticDescriptor InvalidDateLiteral = new("FF0408", Error, "Invalid date", "'{0}' is not a date in the form YYYY-MM-DD.");
        /// <summary>An expression of the wrong result type for its place.</summary>
        public static readonly DiagnosticDescriptor WrongExpressionType = new("FF0409", Error, "Wrong expression type", "'{0}' must be {1}, but this expression is {2}.");
        /// <summary>A field inside a repeated group read from outside its item.</summary>
        public static readonly DiagnosticDescriptor RepeatedFieldOutsideItem = new("FF0410", Error, "Repeated field read from outside", "'{0}' lies inside the repeated group '{1}', which has many entries; use count({1}) or sum({1}, item.…), or move the expression into the group and write item.….");

        // FF05xx: vocabularies and factory metadata
        /// <summary>A status outside the vocabulary.</summary>
        public static readonly DiagnosticDescriptor UnknownStatus = new("FF0501", Error, "Unknown status", "Unknown status '{0}'; use one of: zurueckgestellt, in-planung, offen, in-bearbeitung, abgeschlossen.");
        /// <summary>A priority outside the vocabulary.</summary>
        public static readonly DiagnosticDescriptor UnknownPriority = new("FF0502", Error, "Unknown priority", "Unknown priority '{0}'; use one of: sehr-hoch, hoch, normal, niedrig.");
        /// <summary>A municipality type outside the vocabulary.</summary>
        public static readonly DiagnosticDescriptor UnknownMunicipalityType = new("FF0503", Error, "Unknown municipality type", "Unknown municipality type '{0}'; use one of: bund, land, kreis, kreisfreie-stadt, kreisangehoerige-stadt, gemeinde.");
        /// <summary>A maturity level outside the catalog's model.</summary>
        public static readonly DiagnosticDescriptor InvalidMaturity = new("FF0504", Error, "Invalid maturity level", "Maturity {0} is outside the levels 0–{1} of maturity model {2}.");
        /// <summary>Status history not in date order.</summary>
        public static readonly DiagnosticDescriptor HistoryOutOfOrder = new("FF0505", Warning, "History out of order", "This status change ({0}) is dated before the previous one ({1}); list changes oldest first.");
        /// <summary>A submission format or maturity model the tool does not know.</summary>
        public static readonly DiagnosticDescriptor UnknownOption = new("FF0506", Error, "Unknown option value", "Unknown {0} '{1}'; use one of: {2}.");
        /// <summary>The service's status disagrees with its history.</summary>
        public static readonly DiagnosticDescriptor StatusDisagreesWithHistory = new("FF0507", Warning, "Status disagrees with history", "The status is '{0}' but the last history entry says '{1}'; add the missing history entry.");
        /// <summary>A listed language that pages cannot be rendered in yet.</summary>
        public static readonly DiagnosticDescriptor LanguageWithoutPages = new("FF0508", Warning, "Language without pages", "'{0}' is listed, but pages exist in {1} only (the forms' buttons, hints and error texts); no '{0}' pages are built.");

        /// <summary>A tenant's or service's <c>retentionDays</c> that is not a whole number of days from 1 to 3650.</summary>
        public static readonly DiagnosticDescriptor InvalidRetention = new("FF0509", Error, "Invalid retention period", "retentionDays must be a whole number of days from 1 to 3650 (ten years), not {0}.");

        // FF06xx: code generation (the Roslyn generator)
        /// <summary>The configured root namespace is no C# namespace.</summary>
        public static readonly DiagnosticDescriptor InvalidRootNamespace = new("FF0601", Warning, "Invalid root namespace", "'{0}' is not a valid C# namespace; the generated code uses '{1}' instead. Set FormFactoryRootNamespace to a dotted name such as 'MyApp.Forms'.");
        /// <summary>The generator failed; a bug in FormFactory, not in the definition.</summary>
        public static readonly DiagnosticDescriptor GeneratorFailure = new("FF0602", Error, "Generator failure", "The FormFactory generator failed while {0}: {1}. This is a bug in FormFactory; please report it with the definition files.");
        /// <summary>Generated models need a type the project does not have.</summary>
        public static readonly DiagnosticDescriptor MissingModelType = new("FF0603", Error, "Missing type for generated code", "The generated code needs '{0}', which this project does not have; {1}.");

        // FF07xx: FIM import (XDatenfelder messages and genericode code lists, not definition files)
        /// <summary>An import file that is not well-formed XML.</summary>
        public static readonly DiagnosticDescriptor InvalidXml = new("FF0701", Error, "Invalid XML", "The file is not well-formed XML: {0}.");
        /// <summary>An import file with a document type declaration, refused so that no entity can expand or read other files.</summary>
        public static readonly DiagnosticDescriptor XmlDtdRefused = new("FF0702", Error, "Document type declaration refused", "The file contains a document type declaration (<!DOCTYPE …>); it is refused, because its entities could expand without limit or read other files. Export the file again without one.");
        /// <summary>An XDatenfelder version the importer does not read.</summary>
        public static readonly DiagnosticDescriptor UnsupportedXdfVersion = new("FF0703", Error, "Unsupported XDatenfelder version", "{0} is not supported; FormFactory imports XDatenfelder 2 and 3: export the schema again as one of those from the FIM repository or your FIM editor.");
        /// <summary>An XML file that is no message the importer reads.</summary>
        public static readonly DiagnosticDescriptor NotAnImportableMessage = new("FF0704", Error, "Not an importable message", "{0}; FormFactory imports XDatenfelder Stammdatenschema (xdatenfelder.stammdatenschema.0102) and Datenfeldgruppe (xdatenfelder.datenfeldgruppe.0103) messages and genericode 1.0 code lists.");
        /// <summary>An XDatenfelder message that lacks what every element needs.</summary>
        public static readonly DiagnosticDescriptor IncompleteXdfMessage = new("FF0705", Error, "Incomplete XDatenfelder message", "The message cannot be imported: {0}.");
        /// <summary>A genericode file that cannot be used as a code list.</summary>
        public static readonly DiagnosticDescriptor InvalidGenericode = new("FF0706", Error, "Invalid genericode code list", "The code list cannot be imported: {0}.");
        /// <summary>The same FIM schema, group or code list given twice.</summary>
        public static readonly DiagnosticDescriptor DuplicateFimInput = new("FF0707", Warning, "Imported twice", "{0} is already imported from '{1}'; this file is skipped.");
        /// <summary>An import file whose elements nest deeper than the limit, refused while it is read.</summary>
        public static readonly DiagnosticDescriptor XmlNestedTooDeeply = new("FF0708", Error, "XML nested too deeply", "Elements are nested more than {0} levels deep here; the file is refused without reading further (real FIM schemas nest fewer than 30 levels).");

        /// <summary>All descriptors, in id order.</summary>
        public static readonly DiagnosticDescriptor[] All =
        {
            InvalidJson, DuplicateProperty, SchemaViolation, UnknownFileKind, FileNameMismatch, FileUnreadable,
            NotARegularFile, LinkOutOfFolder,
            UnknownProperty, MissingProperty, WrongValueType, InvalidId, DuplicateId, UnknownFieldType, PropertyNotForType,
            InvalidText, InvalidValue, TypeOrBlock,
            IdReservedByLayout, IdsDifferOnlyInCase, IdWindowsCannotHold, UnportableCode,
            UnknownBlock, UnknownCodeList, BlockCycle, UnknownService, UnknownTenant,
            InvalidRegex, NonPortableRegex, MinGreaterThanMax, InvalidRepeat, DuplicateCode, UnreachableCode,
            RequiredWhenNeverVisible, EmptyCodeList, UnknownMessageKey, InvalidDefault, TooManyFields, PageTooLarge, CodeListTooLong, PatternTooLarge, VisibilityChainTooLong,
            ExpressionSyntax, UnknownFieldInExpression, TypeMismatch, UnknownFunction, ArgumentCount, ItemOutsideRepeat,
            VisibilityCycle, InvalidDateLiteral, WrongExpressionType, RepeatedFieldOutsideItem,
            UnknownStatus, UnknownPriority, UnknownMunicipalityType, InvalidMaturity, HistoryOutOfOrder, UnknownOption,
            StatusDisagreesWithHistory, LanguageWithoutPages, InvalidRetention,
            InvalidRootNamespace, GeneratorFailure, MissingModelType,
            InvalidXml, XmlDtdRefused, UnsupportedXdfVersion, NotAnImportableMessage, IncompleteXdfMessage, InvalidGenericode, DuplicateFimInput, XmlNestedTooDeeply,
        };
    }
}
