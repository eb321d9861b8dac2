// Stand-in for every vector store (lfx 1.13.0 base/vectorstores/model.py LCVectorStoreComponent and the provider
// bundles: Astra DB, Chroma, Pinecone, Qdrant, ...): ingestion is accepted, a search answers the script's text or
// one "[mock <store>] <query>" document; no query, no documents (as the real search).
import { data, list, table } from "../../values";
import { inputOf, valueOfType } from "../data_source/service";
import { answer } from "../stand-in";
import type { Component } from "../types";

export const vectorStore: Component = {
  kind: "stand-in",
  reproduces: "vector stores (lfx 1.13.0, base/vectorstores/model.py; Astra DB, Chroma, ... bundles)",
  async run(ctx) {
    const query = inputOf(ctx, ["search_query", "search_input", "query"]);
    const reply = query
      ? await answer(ctx, query, () => `[mock ${ctx.vertex.displayName}] ${query}`)
      : undefined;
    const rows = reply ? [{ text: reply.text, source: ctx.vertex.displayName }] : [];
    return Object.fromEntries(
      ctx.wanted.map((o) => {
        if (o === "search_results") return [o, list(rows.map((r) => data(r)))];
        if (o === "dataframe") return [o, table(rows)];
        return [o, valueOfType(ctx.vertex, o, reply?.text ?? "", rows[0])];
      }),
    );
  },
};

export const VECTOR_STORE_TYPES = [
  "AstraDB",
  "AstraDBVectorStoreComponent",
  "AstraDBGraph",
  "HCD",
  "Chroma",
  "LocalDB",
  "Pinecone",
  "Qdrant",
  "Weaviate",
  "Milvus",
  "pgvector",
  "PGVector",
  "FAISS",
  "Redis",
  "Elasticsearch",
  "OpenSearch",
  "OpenSearchVectorStoreComponent",
  "MongoDBAtlasVector",
  "Cassandra",
  "CassandraGraph",
  "Couchbase",
  "SupabaseVectorStore",
  "Upstash",
  "Vectara",
  "Clickhouse",
  "Weaviate",
];
