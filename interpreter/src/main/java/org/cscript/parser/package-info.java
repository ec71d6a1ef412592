/**
 * From parse tree to Truffle nodes: {@link org.cscript.parser.ScriptCompiler} compiles a scenario
 * and the modules it imports; a {@link org.cscript.parser.FileBuilder} per file wires builders that
 * share the file's state and positions by composition, turn its ANTLR parse tree into nodes and run
 * the static checks (unknown names, arity, literal argument kinds, config keys and placement),
 * reporting every problem with its position.
 */
package org.cscript.parser;
