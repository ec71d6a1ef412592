/**
 * From parse tree to Truffle nodes: {@link org.cscript.parser.ScriptCompiler} compiles a scenario
 * and the modules it imports, the builders turn each file's ANTLR parse tree into nodes and run
 * the static checks (unknown names, arity, literal argument kinds, config keys and placement),
 * reporting every problem with its position.
 */
package org.cscript.parser;
