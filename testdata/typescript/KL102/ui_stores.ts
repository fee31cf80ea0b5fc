import { create } from "zustand";
import { defineStore } from "pinia";
import { writable } from "svelte/store";

// A settings page's stores, their starting values read from the build's environment: the
// reads are findings (KL105); the stores hold keys, they authenticate nothing.
export const useSettings = create((set) => ({
  azureOpenAIApiKey: process.env.NEXT_PUBLIC_AZURE_OPENAI_API_KEY ?? "", // want "KL105"
  azureEndpoint: "",
  setKey: (k: string) => set({ azureOpenAIApiKey: k }),
}));

export const usePinia = defineStore("settings", {
  state: () => ({ azureOpenAIApiKey: process.env.VITE_AZURE_OPENAI_API_KEY, azureEndpoint: "" }), // want "KL105"
});

export const key = writable({ azureOpenAIApiKey: process.env.VITE_AZURE_OPENAI_API_KEY }); // want "KL105"
