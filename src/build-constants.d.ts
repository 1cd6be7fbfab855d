/** Set by vite.config.ts `define`: this build embeds the demo backend (MSW). */
declare const __DEMO_BACKEND__: boolean;
