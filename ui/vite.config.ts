import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Tauri serves ui/dist from inside the binary; no dev server is needed for tests.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 1420, strictPort: true },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // The libraries and src/lib in one chunk: the first screen fetches a few files, not a dozen small
    // ones (each one a request to the shell); the screens after the first come as chunks of their own.
    rollupOptions: {
      output: {
        manualChunks: (id: string) => (id.includes("/node_modules/") || id.includes("/src/lib/") ? "core" : undefined),
      },
    },
  },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
