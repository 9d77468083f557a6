export default function Page() {
  return <main><h1>MCP Inspector</h1></main>;
}
