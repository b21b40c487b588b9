/** Entry point: mounts the Mentora window's root component. */
import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";
import { languageReady } from "./lib/i18n.svelte";

const target = document.getElementById("app");
if (!target) throw new Error("#app is missing from index.html");
await languageReady(); // the chosen language's messages, before the first paint
export default mount(App, { target });
