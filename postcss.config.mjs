// Tailwind CSS 4 runs as a PostCSS plugin; it finds our classes by scanning the project itself.
const config = {
  plugins: { "@tailwindcss/postcss": {} },
};

export default config;
