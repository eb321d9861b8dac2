import type { NextConfig } from "next";

const config: NextConfig = {
  // This app sits inside the SDK's repository, which has a lockfile of its own: the app's folder is its root.
  // (In an app of your own, with one lockfile, leave this out.)
  turbopack: { root: __dirname },
};

export default config;
