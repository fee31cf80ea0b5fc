package org.springframework.http;

public class HttpHeaders {
    public void set(String headerName, String headerValue) { }
    public void add(String headerName, String headerValue) { }
}
