// Stand-ins for lfx 1.13.0 data_source/* (URL, Web Search, API Request, News Search, RSS, SQL, CSV/JSON to Data)
// and the tools/* search tools: they answer without calling out.
import { textParam } from "../params";
import type { Component } from "../types";
import { serviceStandIn } from "./service";

const link = (input: string) => `https://example.com/mock?q=${encodeURIComponent(input.slice(0, 40))}`;

const QUERY = ["search_query", "query", "input_value", "input_text", "url", "urls", "expression"];

const url = serviceStandIn({
  reproduces: "URL (lfx 1.13.0, data_source/url.py)",
  inputFields: ["urls", "url"],
  check: (_ctx, input) => (input ? undefined : "No valid URLs provided."),
  row: (text, input) => ({
    text,
    url: input.split("\n")[0],
    title: text,
    description: "",
    content_type: "text/html",
    language: "en",
  }),
});

const webSearch = serviceStandIn({
  reproduces: "Web Search (lfx 1.13.0, data_source/web_search.py)",
  inputFields: ["query", "search_query"],
  check: (_ctx, input) => (input.trim() ? undefined : "Empty search query"),
  // Web mode rows are {title, link, snippet, content}; News and RSS rows {title, link, published, summary}.
  row: (text, input, ctx) =>
    /news|rss/i.test(textParam(ctx, "search_mode"))
      ? { title: text, link: link(input), published: "", summary: text }
      : { title: text, link: link(input), snippet: text, content: text },
});

const apiRequest = serviceStandIn({
  reproduces: "API Request (lfx 1.13.0, data_source/api_request.py)",
  inputFields: ["url_input", "curl_input", "urls"],
});

const sql = serviceStandIn({
  reproduces: "SQL Database (lfx 1.13.0, data_source/sql_executor.py)",
  inputFields: ["query"],
});

/** Any other search or fetch component (news, RSS, tools/* search APIs, arXiv, Wikipedia, ...). */
export const searchService = serviceStandIn({
  reproduces: "search and fetch components (lfx 1.13.0 data_source/*, tools/*, provider bundles)",
  inputFields: QUERY,
});

export const DATA_SOURCE_STAND_INS: Record<string, Component> = {
  URLComponent: url,
  URL: url,
  UnifiedWebSearch: webSearch,
  WebSearchNoAPI: webSearch,
  APIRequest: apiRequest,
  SQLComponent: sql,
  SQLExecutor: sql,
  NewsSearch: searchService,
  RSSReaderSimple: searchService,
  ArXivComponent: serviceStandIn({
    reproduces: "arXiv (lfx arXiv bundle)",
    inputFields: ["search_query"],
    row: (text, input) => ({
      title: text,
      summary: text,
      authors: "",
      published: "",
      link: link(input),
      pdf_url: "",
    }),
  }),
  WikipediaAPI: searchService,
  WikidataAPI: searchService,
  GoogleSearchAPI: searchService,
  GoogleSerperAPI: searchService,
  SerpAPI: searchService,
  SearchAPI: searchService,
  SearXNGTool: searchService,
  TavilySearchComponent: searchService,
  TavilyAISearch: searchService,
  YahooFinanceTool: searchService,
  YouTubeTranscripts: searchService,
  DuckDuckGoSearchComponent: searchService,
  ExaSearch: searchService,
  FirecrawlScrapeApi: searchService,
  FirecrawlCrawlApi: searchService,
  AssemblyAITranscriber: serviceStandIn({
    reproduces: "AssemblyAI Start Transcript (lfx AssemblyAI bundle)",
    inputFields: ["audio_file_url", "audio_file"],
  }),
};
