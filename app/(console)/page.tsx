import { redirect } from "next/navigation";

// The APIs list is the console's home.
export default function ConsoleHome() {
  redirect("/apis");
}
