// Stand-ins for lfx 1.13.0 files_and_knowledge/* (Read File, Directory, Knowledge retrieval and ingestion, Memory
// Base, Save File): no file system or knowledge base is read; the real configuration errors come first.
import { table } from "../../values";
import { serviceStandIn } from "../data_source/service";
import { textParam } from "../params";
import { answer } from "../stand-in";
import type { Component } from "../types";

const file = serviceStandIn({
  reproduces: "Read File (lfx 1.13.0, files_and_knowledge/file.py)",
  inputFields: ["path", "file_path", "file_path_str", "file_id", "s3_file_key"],
  check: (_ctx, input) => (input ? undefined : "No files to process."),
  row: (text, input) => ({ text, file_path: input.split("\n")[0] }),
});

const knowledge = serviceStandIn({
  reproduces: "Knowledge retrieval (lfx 1.13.0, files_and_knowledge/knowledge.py, retrieval.py)",
  inputFields: ["search_query", "query"],
  check: (ctx) => {
    if (!("knowledge_base" in ctx.vertex.fields)) return undefined;
    const name = textParam(ctx, "knowledge_base");
    return name ? undefined : `Metadata not found for knowledge base: ${name}. Ensure it has been indexed.`;
  },
  row: (text) => ({ content: text, _score: 1 }),
});

/** Memory Base (1.13.0 files_and_knowledge/memory_retrieval.py): this session's stored messages as a table. */
const memoryBase: Component = {
  kind: "stand-in",
  reproduces: "Memory Base retrieval (lfx 1.13.0, files_and_knowledge/memory_retrieval.py)",
  async run(ctx) {
    const query = textParam(ctx, "search_query") || textParam(ctx, "query");
    const reply = await answer(ctx, query, () => "");
    const rows = reply.text
      ? [{ text: reply.text }]
      : ctx.env
          .history()
          .filter((m) => m.session_id === ctx.env.sessionId)
          .map((m) => ({ text: m.text, sender: m.sender }));
    return Object.fromEntries(ctx.wanted.map((o) => [o, table(rows)]));
  },
};

const saveFile = serviceStandIn({
  reproduces: "Save File (lfx 1.13.0, files_and_knowledge/save_file.py)",
  inputFields: ["file_name", "file_path"],
});

export const FILE_STAND_INS: Record<string, Component> = {
  File: file,
  Directory: serviceStandIn({
    reproduces: "Directory (lfx 1.13.0, files_and_knowledge/directory.py)",
    inputFields: ["path"],
  }),
  Knowledge: knowledge,
  KnowledgeBase: knowledge,
  KnowledgeRetrieval: knowledge,
  KnowledgeIngestion: serviceStandIn({
    reproduces: "Knowledge Ingestion (lfx 1.13.0, files_and_knowledge/ingestion.py)",
    inputFields: ["knowledge_base", "input_df"],
  }),
  MemoryBase: memoryBase,
  SaveToFile: saveFile,
  FileSystemTool: saveFile,
};
